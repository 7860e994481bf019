import type { MinedWarning } from '../mine/types.ts';
import type { RepoAccess } from '../repo-access/repo-access.ts';
import type { RepoDatabaseWriter } from '../store/index.ts';
import type { TreeEntry } from '../tree/list-tree.ts';

/** What the dependencies and licenses stage reads and where it writes. */
export interface StageContext {
  writer: RepoDatabaseWriter;
  repoId: string;
  access: RepoAccess;
  /** Regular files of the pinned tree (no symlinks, no submodules). */
  entries: readonly TreeEntry[];
  /** Paths the measurement stage categorised as vendored. */
  vendored: ReadonlySet<string>;
  warn: (warning: MinedWarning) => void;
}

/** Manifests, lock files and license files larger than this are not read (a warning says so). */
export const readLimitBytes = 32 * 2 ** 20;

export function missingBlobWarning(path: string): MinedWarning {
  return {
    kind: 'missing-object',
    sha: null,
    path,
    message: 'blob missing from the object database: not read',
  };
}
