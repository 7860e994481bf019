import { EmptyRepositoryError, UnknownRevisionError, UsageError } from '../errors.ts';
import { runGit, runGitRaw } from '../git/run-git.ts';

export interface PinRequest {
  rev?: string | undefined;
  until?: string | undefined;
}

export interface PinnedCommit {
  sha: string;
  /** What was asked for, as stored in `repos.requested_rev`. */
  requested: string;
}

/** Resolves the one commit an analysis describes: HEAD, `--rev`, or the last commit before `--until`. */
export async function pinCommit(gitDir: string, source: string, req: PinRequest): Promise<PinnedCommit> {
  if (req.rev !== undefined && req.until !== undefined)
    throw new UsageError('give --rev or --until, not both');
  const rev = req.rev ?? 'HEAD';
  const tip = await resolveCommit(gitDir, rev);
  if (tip === null) {
    if (rev === 'HEAD' && !(await hasAnyRef(gitDir))) throw new EmptyRepositoryError(source);
    throw new UnknownRevisionError(rev);
  }
  if (req.until === undefined) return { sha: tip, requested: rev };
  return { sha: await lastCommitBefore(gitDir, tip, req.until), requested: `until:${req.until}` };
}

async function resolveCommit(gitDir: string, rev: string): Promise<string | null> {
  const result = await runGitRaw(gitDir, [
    'rev-parse',
    '--verify',
    '--quiet',
    '--end-of-options',
    `${rev}^{commit}`,
  ]);
  return result.code === 0 ? result.stdout.toString().trim() : null;
}

async function hasAnyRef(gitDir: string): Promise<boolean> {
  return (await runGit(gitDir, ['for-each-ref', '--count=1'])).trim() !== '';
}

async function lastCommitBefore(gitDir: string, tip: string, until: string): Promise<string> {
  const date = new Date(until);
  if (Number.isNaN(date.getTime())) throw new UsageError(`--until is not a date: ${until}`);
  const args = ['rev-list', '-1', '--first-parent', `--before=${gitDateOf(date)}`, tip];
  const sha = (await runGit(gitDir, args)).trim();
  if (sha === '') throw new UnknownRevisionError(`a commit before ${until}`);
  return sha;
}

/** `2024-03-01 00:00:00 +0000`: a form git's date parser reads exactly. */
function gitDateOf(date: Date): string {
  return date
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' +0000');
}
