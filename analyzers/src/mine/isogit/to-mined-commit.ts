import type { MinedCommit } from '../types.ts';
import { gitSubjectAndBody } from './git-subject-and-body.ts';
import type { RawCommit } from './parse-commit-object.ts';
import { parseIdentityLine } from './parse-identity-line.ts';

/**
 * The MinedCommit git's `%H %P %an %ae %ad %cn %ce %cd %s %b` would print. Bad identities and dates
 * are not warned about here: the shared history sink warns for both miners alike.
 */
export function toMinedCommit(sha: string, raw: RawCommit, parents: string[]): MinedCommit {
  const author = parseIdentityLine(raw.authorLine);
  const committer = parseIdentityLine(raw.committerLine);
  return {
    sha,
    parents,
    author: author.identity,
    authorDate: author.date,
    committer: committer.identity,
    committerDate: committer.date,
    ...gitSubjectAndBody(raw.message),
  };
}
