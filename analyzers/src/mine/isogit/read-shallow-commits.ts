import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Commits listed in `<gitDir>/shallow` (a `--depth` clone) have parents that were never fetched;
 * git shows them as parentless and diffs them against the empty tree, and so do we.
 */
export async function readShallowCommits(gitDir: string): Promise<Set<string>> {
  try {
    const text = await readFile(join(gitDir, 'shallow'), 'utf8');
    return new Set(text.split('\n').filter((line) => /^[0-9a-f]{40}$/.test(line)));
  } catch {
    return new Set();
  }
}
