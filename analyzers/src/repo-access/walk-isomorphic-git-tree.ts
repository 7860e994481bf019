import type fs from 'node:fs';
import git from 'isomorphic-git';
import type { TreeEntry } from '../tree/list-tree.ts';

type Base = { fs: typeof fs; gitdir: string; cache: object };

const kindOfMode: Record<string, TreeEntry['kind']> = {
  '100644': 'file',
  '100755': 'executable',
  '120000': 'symlink',
  '160000': 'submodule',
};

/** Every blob and submodule under a tree, as `git ls-tree -r -l` lists them. */
export async function walkTree(
  base: Base,
  treeOid: string,
  onEntry: (entry: TreeEntry) => void,
  prefix = '',
): Promise<void> {
  const { tree } = await git.readTree({ ...base, oid: treeOid });
  for (const item of tree) {
    const path = prefix + item.path;
    if (item.type === 'tree') {
      await walkTree(base, item.oid, onEntry, `${path}/`);
      continue;
    }
    const kind = kindOfMode[item.mode] ?? 'file';
    const size = kind === 'submodule' ? null : await blobSize(base, item.oid);
    onEntry({ path, mode: item.mode, kind, objectId: item.oid, size });
  }
}

/** isomorphic-git has no size-only read: the blob is inflated and measured; unreadable means NULL. */
async function blobSize(base: Base, oid: string): Promise<number | null> {
  const blob = await git.readBlob({ ...base, oid }).catch(() => null);
  return blob ? blob.blob.length : null;
}
