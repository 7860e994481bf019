import type { HistorySink, MineRequest } from '../mine/types.ts';
import type { TreeEntry } from '../tree/list-tree.ts';

/**
 * Everything an analysis reads from a repository, behind one interface with two implementations:
 * the git binary (fast) and isomorphic-git (when no git is installed). Both read committed objects
 * only.
 */
export interface RepoAccess {
  readonly miner: 'git' | 'isomorphic-git';
  readonly gitDir: string;
  /** The commit a revision names (peeling tags), or null when it names none. */
  resolveCommit(rev: string): Promise<string | null>;
  hasAnyRef(): Promise<boolean>;
  /** The last commit on the first-parent line of `tip` committed before `date`, or null. */
  firstParentBefore(tip: string, date: Date): Promise<string | null>;
  commitTime(sha: string): Promise<Date>;
  listTree(sha: string, onEntry: (entry: TreeEntry) => void): Promise<void>;
  /** Small blobs by id; a missing one maps to null. */
  readBlobs(objectIds: readonly string[]): Promise<Map<string, Buffer | null>>;
  mine(req: MineRequest, sink: HistorySink): Promise<void>;
  close(): Promise<void>;
}
