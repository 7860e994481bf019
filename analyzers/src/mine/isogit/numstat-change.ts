import type { MinedChange, MinedWarning } from '../types.ts';
import { factsOfContent, type CommitBlobs } from './commit-blobs.ts';
import { countChangedLines } from './count-changed-lines.ts';
import type { FilePair, FileSpec } from './diff-trees.ts';

const empty = new Uint8Array(0);

/**
 * One `git log --numstat` row: binary when either side is binary (git prints `-\t-`, even for a
 * pure rename or mode change), 0/0 when the content is the same blob, else xdiff's line counts.
 * An unreadable blob costs only this row its counts, reported as a `missing-object` warning.
 */
export async function numstatChange(
  blobs: CommitBlobs,
  pair: FilePair,
  commitSha: string,
  warn: (warning: MinedWarning) => void,
): Promise<MinedChange> {
  const { one, two } = pair;
  const side = (two ?? one) as FileSpec;
  const row = { path: side.path, oldPath: one && two && one.path !== two.path ? one.path : null };
  const oldContent = one ? await blobs.content(one) : empty;
  const newContent = two ? await blobs.content(two) : empty;
  if (oldContent === null || newContent === null) {
    const missing = (oldContent === null ? one : two) as FileSpec;
    const message = `blob ${missing.oid} of ${missing.path} in commit ${commitSha} cannot be read; line counts unknown`;
    warn({ kind: 'missing-object', sha: commitSha, path: side.path, message });
    return { ...row, added: null, deleted: null, binary: false };
  }
  if (factsOfContent(oldContent).binary || factsOfContent(newContent).binary) {
    return { ...row, added: null, deleted: null, binary: true };
  }
  if (one && two && one.oid === two.oid) return { ...row, added: 0, deleted: 0, binary: false };
  return { ...row, ...countChangedLines(oldContent, newContent), binary: false };
}
