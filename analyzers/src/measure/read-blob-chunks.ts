import type { RepoAccess } from '../repo-access/repo-access.ts';
import type { TreeEntry } from '../tree/list-tree.ts';

export interface BlobChunkLimits {
  /** Files in the first chunk: fewer, so the workers get their first files sooner. */
  firstFiles: number;
  files: number;
  bytes: number;
}

/**
 * Reads the blobs of these entries a chunk at a time (up to a thousand files or tens of MB), so the
 * tree is never held in memory whole. A blob that cannot be read comes back as null.
 */
export async function* readBlobChunks(
  access: RepoAccess,
  entries: readonly TreeEntry[],
  limits: BlobChunkLimits,
): AsyncGenerator<Array<[TreeEntry, Buffer | null]>> {
  let chunk: TreeEntry[] = [];
  let bytes = 0;
  let files = limits.firstFiles;
  for (const entry of entries) {
    chunk.push(entry);
    bytes += entry.size ?? 0;
    if (chunk.length < files && bytes < limits.bytes) continue;
    yield await readChunk(access, chunk);
    files = limits.files;
    chunk = [];
    bytes = 0;
  }
  if (chunk.length > 0) yield await readChunk(access, chunk);
}

async function readChunk(access: RepoAccess, chunk: TreeEntry[]): Promise<Array<[TreeEntry, Buffer | null]>> {
  const blobs = await access.readBlobs(chunk.map((e) => e.objectId));
  return chunk.map((entry) => [entry, blobs.get(entry.objectId) ?? null]);
}
