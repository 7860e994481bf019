export type * from './types.ts';
export { mineWithGit, reachableCommits } from './git/mine-with-git.ts';
export { runLogOver } from './git/run-log-over.ts';
