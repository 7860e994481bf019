import { testReach } from '../../schema/index.ts';
import type { RepoDatabaseWriter } from '../../store/index.ts';
import { readCodeFiles } from './code-files.ts';
import { baseNameOf, directoryOf, mirrorKey } from './mirror-directory.ts';
import { namedSourceOf, type NamedSource } from './test-name-conventions.ts';

/**
 * Test reach for languages without an import graph: a test file reaches the source file its name
 * points to (`test_foo.py` → `foo.py`), preferring one in its own directory, then one in the
 * mirrored directory (`src/test/java/a` ↔ `src/main/java/a`), then the only one in the repo, then
 * the one closest by folder.
 */
export async function insertNamingReach(writer: RepoDatabaseWriter, repoId: string): Promise<void> {
  const rows = await readCodeFiles(writer.connection);
  const sourcesByName = new Map<string, string[]>();
  for (const row of rows) {
    if (row.is_test) continue;
    const name = baseNameOf(row.path);
    sourcesByName.set(name, [...(sourcesByName.get(name) ?? []), row.path]);
  }
  const out = await writer.appender(testReach);
  for (const row of rows) {
    if (!row.is_test) continue;
    const named = namedSourceOf(baseNameOf(row.path));
    if (named === null) continue;
    for (const path of reachedByName(row.path, named, sourcesByName))
      out.append({ repo_id: repoId, test_path: row.path, path, method: 'naming', distance: null });
  }
  writer.closeAppenders();
}

export function reachedByName(
  testPath: string,
  named: NamedSource,
  sourcesByName: Map<string, string[]>,
): string[] {
  const candidates = named.names.flatMap((name) => sourcesByName.get(name) ?? []);
  const testDir = directoryOf(testPath);
  const sameDir = candidates.filter((path) => directoryOf(path) === testDir);
  if (sameDir.length > 0 || named.sameDirectoryOnly) return sameDir;
  const key = mirrorKey(testDir);
  const mirrored = candidates.filter((path) => mirrorKey(directoryOf(path)) === key);
  if (mirrored.length > 0) return mirrored;
  return candidates.length === 1 ? candidates : closestByFolder(testDir, candidates);
}

/**
 * Of several files with the name, the one sharing the most leading folders with the test, at
 * least one (`activerecord/test/cases/base_test.rb` → `activerecord/lib/active_record/base.rb`,
 * not `activemodel/...`); none when two share as many.
 */
function closestByFolder(testDir: string, candidates: readonly string[]): string[] {
  const shared = candidates.map((path) => sharedLeadingFolders(testDir, directoryOf(path)));
  const most = Math.max(0, ...shared);
  const closest = candidates.filter((_, i) => shared[i] === most);
  return most > 0 && closest.length === 1 ? closest : [];
}

function sharedLeadingFolders(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  let count = 0;
  while (count < left.length && left[count] !== '' && left[count] === right[count]) count += 1;
  return count;
}
