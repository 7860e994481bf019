import { spawnSync } from 'node:child_process';

export type MinerName = 'git' | 'isomorphic-git';

/**
 * The git binary mines 6-13x faster than walking objects in JS, so it is used whenever present.
 * `DILIGENT_MINER=isomorphic-git` forces the fallback (tests use it to compare the two).
 */
export function chooseMiner(env: NodeJS.ProcessEnv = process.env): MinerName {
  if (env.DILIGENT_MINER === 'isomorphic-git') return 'isomorphic-git';
  const probe = spawnSync('git', ['--version'], { stdio: 'ignore' });
  return probe.error || probe.status !== 0 ? 'isomorphic-git' : 'git';
}
