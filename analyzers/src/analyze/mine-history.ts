import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { MinerName } from '../git/git-available.ts';
import { mineWithGit } from '../mine/git/mine-with-git.ts';
import type { HistorySink, MineRequest } from '../mine/types.ts';

export async function mineHistory(miner: MinerName, req: MineRequest, sink: HistorySink): Promise<void> {
  if (miner === 'git') {
    await mineWithGit(req, sink);
    return;
  }
  const { mineWithIsomorphicGit } = await import('../mine/isogit/mine-with-isomorphic-git.ts');
  await mineWithIsomorphicGit(req, sink);
}

/** A shallow clone lists its cut-off commits in `shallow`: the history before them is missing. */
export async function isShallow(gitDir: string): Promise<boolean> {
  const file = await stat(join(gitDir, 'shallow')).catch(() => null);
  return Boolean(file && file.size > 0);
}
