import { availableParallelism } from 'node:os';
import { runGit } from '../../git/run-git.ts';
import type { HistorySink, MineRequest } from '../types.ts';
import { mineCommitCarefully } from './mine-commit-carefully.ts';
import { runLogOver } from './run-log-over.ts';

export interface GitMineOptions {
  /** Parallel git processes; defaults to the number of cores (at most 4). */
  lanes?: number;
}

/**
 * Mines every commit reachable from the pinned commit with the git binary. The commit list is
 * dealt round-robin into lanes, one `git log --no-walk --stdin` process each, so diffs are computed
 * on every core while this process parses and appends.
 */
export async function mineWithGit(
  req: MineRequest,
  sink: HistorySink,
  options: GitMineOptions = {},
): Promise<number> {
  const shas = await reachableCommits(req);
  const laneCount = Math.max(1, Math.min(options.lanes ?? availableParallelism(), 4, shas.length));
  const lanes = Array.from({ length: laneCount }, (_, lane) => shas.filter((_, i) => i % laneCount === lane));
  await Promise.all(lanes.map((lane) => mineLane(req.gitDir, lane, sink)));
  return shas.length;
}

export async function reachableCommits(req: MineRequest): Promise<string[]> {
  const out = await runGit(req.gitDir, ['rev-list', req.pinnedSha]);
  return out.split('\n').filter((line) => line !== '');
}

/** Runs `git log` over the lane; where it dies, mines that commit carefully and resumes after it. */
async function mineLane(gitDir: string, lane: readonly string[], sink: HistorySink): Promise<void> {
  let next = 0;
  while (next < lane.length) {
    const run = await runLogOver(gitDir, lane.slice(next), sink);
    next += run.completed;
    if (run.failure === null) return;
    const failed = lane[next];
    if (failed === undefined) return;
    await mineCommitCarefully(gitDir, failed, sink);
    next += 1;
  }
}
