import { EmptyRepositoryError, UnknownRevisionError, UsageError } from '../errors.ts';
import type { RepoAccess } from '../repo-access/repo-access.ts';

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
export async function pinCommit(access: RepoAccess, source: string, req: PinRequest): Promise<PinnedCommit> {
  if (req.rev !== undefined && req.until !== undefined)
    throw new UsageError('give --rev or --until, not both');
  const rev = req.rev ?? 'HEAD';
  const tip = await access.resolveCommit(rev);
  if (tip === null) {
    if (rev === 'HEAD' && !(await access.hasAnyRef())) throw new EmptyRepositoryError(source);
    throw new UnknownRevisionError(rev);
  }
  if (req.until === undefined) return { sha: tip, requested: rev };
  const date = new Date(req.until);
  if (Number.isNaN(date.getTime())) throw new UsageError(`--until is not a date: ${req.until}`);
  const sha = await access.firstParentBefore(tip, date);
  if (sha === null) throw new UnknownRevisionError(`a commit before ${req.until}`);
  return { sha, requested: `until:${req.until}` };
}
