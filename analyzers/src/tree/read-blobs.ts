import { runGitRaw } from '../git/run-git.ts';

/**
 * Reads small blobs (symlink targets, `.mailmap`) in one `git cat-file --batch`. A missing object
 * maps to null: the caller warns and goes on.
 */
export async function readBlobs(
  gitDir: string,
  objectIds: readonly string[],
): Promise<Map<string, Buffer | null>> {
  const found = new Map<string, Buffer | null>();
  if (objectIds.length === 0) return found;
  const result = await runGitRaw(gitDir, ['cat-file', '--batch'], objectIds.join('\n') + '\n');
  let at = 0;
  for (const id of objectIds) {
    const newline = result.stdout.indexOf(0x0a, at);
    if (newline === -1) break;
    const header = result.stdout.subarray(at, newline).toString().split(' ');
    if (header[1] === 'missing' || header.length < 3) {
      found.set(id, null);
      at = newline + 1;
      continue;
    }
    const size = Number(header[2]);
    found.set(id, result.stdout.subarray(newline + 1, newline + 1 + size));
    at = newline + 1 + size + 1;
  }
  return found;
}
