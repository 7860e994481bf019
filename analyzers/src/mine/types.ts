/**
 * What a history miner reports. Both miners (the git binary and isomorphic-git) emit exactly these
 * shapes, raw as stored in the commit objects; `.mailmap`, identities and rows are applied later by
 * one shared code path so the two miners cannot drift apart.
 */
export interface RawIdentity {
  name: string;
  email: string;
}

/** A git timestamp: seconds since the epoch plus the recorded zone offset. */
export interface GitDate {
  epochSeconds: number;
  tzOffsetMinutes: number;
}

export interface MinedCommit {
  sha: string;
  parents: string[];
  author: RawIdentity;
  /** NULL when the commit's author line carries no parseable date. */
  authorDate: GitDate | null;
  committer: RawIdentity;
  committerDate: GitDate | null;
  /** As git's `%s`: the first paragraph of the message, its lines joined by single spaces. */
  subject: string;
  /** As git's `%b`: everything after the first paragraph. */
  body: string;
}

/** One row of `git log --numstat` for a non-merge commit. */
export interface MinedChange {
  path: string;
  /** Set when git's default rename detection paired this path with a deleted one. */
  oldPath: string | null;
  /** NULL for binary files, or when a blob could not be read. */
  added: number | null;
  deleted: number | null;
  binary: boolean;
}

export interface MinedWarning {
  kind: string;
  sha: string | null;
  path: string | null;
  message: string;
}

export interface HistorySink {
  /** Called once per commit reachable from the pinned commit; `changes` is empty for merges. */
  commit(commit: MinedCommit, changes: MinedChange[]): void | Promise<void>;
  warning(warning: MinedWarning): void;
}

export interface MineRequest {
  /** The repository's git directory (`.git` of a work tree, or a bare repository). */
  gitDir: string;
  /** Full SHA of the pinned commit. */
  pinnedSha: string;
}
