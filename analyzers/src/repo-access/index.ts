export { openRepoAccess } from './open-repo-access.ts';
export type { RepoAccess } from './repo-access.ts';
