import type { RepoAccess } from '../repo-access/repo-access.ts';
import type { TreeEntry } from '../tree/list-tree.ts';

const chunkSize = 200;

/**
 * Reads the blobs of some tree entries as UTF-8 text, a chunk at a time; a missing blob is
 * reported to `onMissing` and left out.
 */
export async function* readBlobTexts(
  access: RepoAccess,
  entries: readonly TreeEntry[],
  onMissing: (entry: TreeEntry) => void,
): AsyncGenerator<[TreeEntry, string]> {
  for (let at = 0; at < entries.length; at += chunkSize) {
    const chunk = entries.slice(at, at + chunkSize);
    const blobs = await access.readBlobs(chunk.map((e) => e.objectId));
    for (const entry of chunk) {
      const blob = blobs.get(entry.objectId);
      if (blob) yield [entry, blob.toString('utf8')];
      else onMissing(entry);
    }
  }
}
