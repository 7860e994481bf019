import type { RepoAccess } from '../repo-access/repo-access.ts';
import type { TreeEntry } from '../tree/list-tree.ts';

const chunkLimits = { files: 200, bytes: 64 * 2 ** 20 };

/**
 * Reads the blobs of some tree entries as UTF-8 text, a chunk at a time (at most 200 files or
 * 64 MB, so memory stays bounded); a missing blob is reported to `onMissing` and left out.
 */
export async function* readBlobTexts(
  access: RepoAccess,
  entries: readonly TreeEntry[],
  onMissing: (entry: TreeEntry) => void,
): AsyncGenerator<[TreeEntry, string]> {
  for (const chunk of chunksOf(entries)) {
    const blobs = await access.readBlobs(chunk.map((e) => e.objectId));
    for (const entry of chunk) {
      const blob = blobs.get(entry.objectId);
      if (blob) yield [entry, blob.toString('utf8')];
      else onMissing(entry);
    }
  }
}

function* chunksOf(entries: readonly TreeEntry[]): Generator<TreeEntry[]> {
  let chunk: TreeEntry[] = [];
  let bytes = 0;
  for (const entry of entries) {
    if (
      chunk.length > 0 &&
      (chunk.length >= chunkLimits.files || bytes + (entry.size ?? 0) > chunkLimits.bytes)
    ) {
      yield chunk;
      [chunk, bytes] = [[], 0];
    }
    chunk.push(entry);
    bytes += entry.size ?? 0;
  }
  if (chunk.length > 0) yield chunk;
}
