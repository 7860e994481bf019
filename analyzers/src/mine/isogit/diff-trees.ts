import { TextDecoder } from 'node:util';
import { MissingObjectError } from '../../errors.ts';
import type { GitObjectReader } from './git-object-reader.ts';
import { parseTreeObject } from './parse-tree-object.ts';
import { compareTreeEntries, isTreeMode, type TreeEntry } from './tree-entry.ts';

/** One side of a changed path: what git's diff calls a filespec. */
export interface FileSpec {
  path: string;
  mode: number;
  oid: string;
}

/** A changed path: `one` is the old side, `two` the new; null where the path does not exist. */
export interface FilePair {
  one: FileSpec | null;
  two: FileSpec | null;
}

const utf8 = new TextDecoder('utf-8');

/**
 * The changed leaves between two trees in git's order, like `git diff-tree -r`: identical subtrees
 * are skipped unread, a path whose type changes between file and directory becomes a delete and
 * an add, and a file that becomes a symlink or submodule stays one modified pair.
 */
export async function diffTrees(
  reader: GitObjectReader,
  oldTree: string | null,
  newTree: string,
): Promise<FilePair[]> {
  const pairs: FilePair[] = [];
  await diffLevel(reader, oldTree, newTree, '', pairs);
  return pairs;
}

async function diffLevel(
  reader: GitObjectReader,
  oldTree: string | null,
  newTree: string | null,
  base: string,
  pairs: FilePair[],
): Promise<void> {
  const olds = oldTree === null ? [] : await readTree(reader, oldTree);
  const news = newTree === null ? [] : await readTree(reader, newTree);
  let i = 0;
  let j = 0;
  while (i < olds.length || j < news.length) {
    const old = olds[i];
    const neu = news[j];
    const order = old === undefined ? 1 : neu === undefined ? -1 : compareTreeEntries(old, neu);
    const pairOld = order <= 0 ? old : undefined;
    const pairNew = order >= 0 ? neu : undefined;
    if (pairOld) i += 1;
    if (pairNew) j += 1;
    if (pairOld && pairNew && pairOld.oid === pairNew.oid && pairOld.mode === pairNew.mode) continue;
    await emitPath(reader, pairOld ?? null, pairNew ?? null, base, pairs);
  }
}

async function emitPath(
  reader: GitObjectReader,
  old: TreeEntry | null,
  neu: TreeEntry | null,
  base: string,
  pairs: FilePair[],
): Promise<void> {
  const name = base + utf8.decode((old ?? neu)?.name);
  if ((old === null || isTreeMode(old.mode)) && (neu === null || isTreeMode(neu.mode))) {
    return diffLevel(reader, old?.oid ?? null, neu?.oid ?? null, `${name}/`, pairs);
  }
  pairs.push({
    one: old && { path: name, mode: old.mode, oid: old.oid },
    two: neu && { path: name, mode: neu.mode, oid: neu.oid },
  });
}

async function readTree(reader: GitObjectReader, oid: string): Promise<TreeEntry[]> {
  const entries = parseTreeObject(await reader.read(oid, 'tree'));
  if (entries === null) throw new MissingObjectError(oid, 'truncated tree object');
  return entries;
}
