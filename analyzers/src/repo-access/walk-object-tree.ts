import type { GitObjectReader } from '../mine/isogit/git-object-reader.ts';
import { parseTreeObject } from '../mine/isogit/parse-tree-object.ts';
import { isTreeMode } from '../mine/isogit/tree-entry.ts';
import { kindOfMode, type TreeEntry } from '../tree/list-tree.ts';

/** Every blob and submodule under a tree, as `git ls-tree -r -l` lists them. */
export async function walkTree(
  reader: GitObjectReader,
  treeOid: string,
  onEntry: (entry: TreeEntry) => void,
  prefix = '',
): Promise<void> {
  const entries = parseTreeObject(await reader.read(treeOid, 'tree'));
  if (entries === null) throw new Error(`tree ${treeOid} is truncated`);
  for (const item of entries) {
    const path = prefix + Buffer.from(item.name).toString('utf8');
    if (isTreeMode(item.mode)) {
      await walkTree(reader, item.oid, onEntry, `${path}/`);
      continue;
    }
    const mode = item.mode.toString(8);
    const kind = kindOfMode[mode] ?? 'file';
    const size = kind === 'submodule' ? null : await blobSize(reader, item.oid);
    onEntry({ path, mode, kind, objectId: item.oid, size });
  }
}

/** There is no size-only read here: the blob is inflated and measured; unreadable means NULL. */
async function blobSize(reader: GitObjectReader, oid: string): Promise<number | null> {
  return reader.read(oid, 'blob').then(
    (bytes) => bytes.length,
    () => null,
  );
}
