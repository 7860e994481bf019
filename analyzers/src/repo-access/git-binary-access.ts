import { runGit, runGitRaw } from '../git/run-git.ts';
import { mineWithGit } from '../mine/git/mine-with-git.ts';
import { listTree } from '../tree/list-tree.ts';
import { readBlobs } from '../tree/read-blobs.ts';
import type { RepoAccess } from './repo-access.ts';

export function gitBinaryAccess(gitDir: string): RepoAccess {
  return {
    miner: 'git',
    gitDir,
    async resolveCommit(rev) {
      const args = ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`];
      const result = await runGitRaw(gitDir, args);
      return result.code === 0 ? result.stdout.toString().trim() : null;
    },
    async hasAnyRef() {
      return (await runGit(gitDir, ['for-each-ref', '--count=1'])).trim() !== '';
    },
    async firstParentBefore(tip, date) {
      const args = ['rev-list', '-1', '--first-parent', `--before=${gitDateOf(date)}`, tip];
      return (await runGit(gitDir, args)).trim() || null;
    },
    async commitTime(sha) {
      return new Date(Number((await runGit(gitDir, ['log', '-1', '--format=%ct', sha])).trim()) * 1000);
    },
    listTree: (sha, onEntry) => listTree(gitDir, sha, onEntry),
    readBlobs: (ids) => readBlobs(gitDir, ids),
    mine: async (req, sink) => void (await mineWithGit(req, sink)),
    close: async () => undefined,
  };
}

/** `2024-03-01 00:00:00 +0000`: a form git's date parser reads exactly. */
function gitDateOf(date: Date): string {
  return date
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' +0000');
}
