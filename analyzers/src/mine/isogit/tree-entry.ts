/** One entry of a tree object. Names stay bytes: git orders and compares them as bytes. */
export interface TreeEntry {
  name: Uint8Array;
  /** Canonical mode, as git normalises it when it reads a tree (canon_mode). */
  mode: number;
  oid: string;
}

export const modeTree = 0o040000;
export const modeSymlink = 0o120000;
export const modeGitlink = 0o160000;
const typeMask = 0o170000;
const modeRegular = 0o100000;

export const isTreeMode = (mode: number): boolean => (mode & typeMask) === modeTree;
export const isRegularMode = (mode: number): boolean => (mode & typeMask) === modeRegular;
export const isGitlinkMode = (mode: number): boolean => (mode & typeMask) === modeGitlink;

/** Old trees carry modes like 100664; git folds every regular file to 100644 or 100755. */
export function canonicalMode(mode: number): number {
  const type = mode & typeMask;
  if (type === modeRegular) return modeRegular | (mode & 0o100 ? 0o755 : 0o644);
  if (type === modeSymlink || type === modeTree) return type;
  return modeGitlink;
}

/**
 * Git's base_name_compare(): bytewise, a tree's name compared as if it ended in '/'. A file and a
 * directory of the same name therefore never pair up: git reports a delete and an add.
 */
export function compareTreeEntries(a: TreeEntry, b: TreeEntry): number {
  const length = Math.min(a.name.length, b.name.length);
  for (let i = 0; i < length; i += 1) {
    const diff = (a.name[i] ?? 0) - (b.name[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return charAfterName(a, length) - charAfterName(b, length);
}

function charAfterName(entry: TreeEntry, at: number): number {
  if (at < entry.name.length) return entry.name[at] ?? 0;
  return isTreeMode(entry.mode) ? 0x2f : 0;
}
