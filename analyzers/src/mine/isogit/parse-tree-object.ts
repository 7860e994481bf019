import { canonicalMode, type TreeEntry } from './tree-entry.ts';

/**
 * Parses a tree object's `<octal mode> <name>\0<20-byte id>` records, in stored order (git's
 * sorted order in any tree git wrote). Null when the object is truncated.
 */
export function parseTreeObject(bytes: Uint8Array): TreeEntry[] | null {
  const tree = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const entries: TreeEntry[] = [];
  let at = 0;
  while (at < tree.length) {
    const space = tree.indexOf(0x20, at);
    const nul = space === -1 ? -1 : tree.indexOf(0, space + 1);
    if (nul === -1 || nul + 21 > tree.length) return null;
    const mode = parseInt(tree.toString('latin1', at, space), 8);
    entries.push({
      name: tree.subarray(space + 1, nul),
      mode: canonicalMode(mode),
      oid: tree.toString('hex', nul + 1, nul + 21),
    });
    at = nul + 21;
  }
  return entries;
}
