import { chooseMiner } from '../git/git-available.ts';
import { gitBinaryAccess } from './git-binary-access.ts';
import type { RepoAccess } from './repo-access.ts';

/** The git binary when there is one; isomorphic-git otherwise (or when DILIGENT_MINER says so). */
export async function openRepoAccess(gitDir: string): Promise<RepoAccess> {
  if (chooseMiner() === 'git') return gitBinaryAccess(gitDir);
  const { isomorphicGitAccess } = await import('./isomorphic-git-access.ts');
  return isomorphicGitAccess(gitDir);
}
