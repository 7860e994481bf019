import type { RepoAccess } from '../repo-access/repo-access.ts';
import type { TreeEntry } from '../tree/list-tree.ts';

/** Every entry of the pinned commit's tree; paths only, so even a 100k-file tree is small. */
export async function listTreeEntries(access: RepoAccess, sha: string): Promise<TreeEntry[]> {
  const entries: TreeEntry[] = [];
  await access.listTree(sha, (entry) => entries.push(entry));
  return entries;
}

/** The pinned commit's root `.mailmap`, when it is a regular file (a symlink is never followed). */
export async function readMailmap(access: RepoAccess, entries: readonly TreeEntry[]): Promise<string> {
  const entry = entries.find((e) => e.path === '.mailmap' && e.kind === 'file');
  if (!entry) return '';
  const blobs = await access.readBlobs([entry.objectId]);
  return blobs.get(entry.objectId)?.toString('utf8') ?? '';
}
