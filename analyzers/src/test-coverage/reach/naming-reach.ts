import { testReach } from '../../schema/index.ts';
import type { RepoDatabaseWriter } from '../../store/index.ts';
import { readCodeFiles } from './code-files.ts';
import { baseNameOf, directoryOf, mirrorKey } from './mirror-directory.ts';
import { namedSourceOf, type NamedSource } from './test-name-conventions.ts';

/**
 * Test reach for languages without an import graph: a test file reaches the source file its name
 * points to (`test_foo.py` → `foo.py`), preferring one in its own directory, then one in the
 * mirrored directory (`src/test/java/a` ↔ `src/main/java/a`), then the only one (in the test's
 * package, when its top folder holds source code), then the one closest by folder.
 */
export async function insertNamingReach(writer: RepoDatabaseWriter, repoId: string): Promise<void> {
  const rows = await readCodeFiles(writer.connection);
  const sources = indexSources(rows.filter((row) => !row.is_test).map((row) => row.path));
  const out = await writer.appender(testReach);
  for (const row of rows) {
    if (!row.is_test) continue;
    const named = namedSourceOf(baseNameOf(row.path));
    if (named === null) continue;
    for (const path of reachedByName(row.path, named, sources))
      out.append({ repo_id: repoId, test_path: row.path, path, method: 'naming', distance: null });
  }
  writer.closeAppenders();
}

/** The source files naming reach picks from. */
export interface SourceIndex {
  byName: Map<string, string[]>;
  /** Top folders holding source files: in a monorepo, its packages (`activerecord/`, ...). */
  packages: ReadonlySet<string>;
}

export function indexSources(paths: readonly string[]): SourceIndex {
  const byName = new Map<string, string[]>();
  for (const path of paths) {
    // Pushed, not copied: a monorepo has thousands of `index.ts`.
    const named = byName.get(baseNameOf(path)) ?? [];
    if (named.length === 0) byName.set(baseNameOf(path), named);
    named.push(path);
  }
  const packages = new Set(paths.map(topFolderOf).filter((top) => top !== ''));
  return { byName, packages };
}

export function reachedByName(testPath: string, named: NamedSource, sources: SourceIndex): string[] {
  const candidates = named.names.flatMap((name) => sources.byName.get(name) ?? []);
  const testDir = directoryOf(testPath);
  const sameDir = candidates.filter((path) => directoryOf(path) === testDir);
  if (sameDir.length > 0 || named.sameDirectoryOnly) return sameDir;
  const key = mirrorKey(testDir);
  const mirrored = candidates.filter((path) => mirrorKey(directoryOf(path)) === key);
  if (mirrored.length > 0) return mirrored;
  // A test inside a package that holds source code tests that package, not a namesake in another.
  const top = topFolderOf(testPath);
  const own = sources.packages.has(top) ? candidates.filter((path) => topFolderOf(path) === top) : candidates;
  return own.length === 1 ? own : closestByFolder(testDir, own);
}

function topFolderOf(path: string): string {
  const slash = path.indexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
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
