export { openLocalRepo, type OpenedRepo } from './open-local-repo.ts';
export {
  openSource,
  isUrlSource,
  defaultCacheDir,
  defaultTokenEnv,
  type SourceOptions,
} from './open-source.ts';
export { pinCommit } from './pin-commit.ts';
