import { homedir } from 'node:os';
import { join } from 'node:path';
import { openLocalRepo, type OpenedRepo } from './open-local-repo.ts';

export interface SourceOptions {
  /** Where URL clones are kept and fetched again next time. */
  cacheDir?: string | undefined;
  /** The environment variable holding the token for private URLs. */
  tokenEnv?: string | undefined;
  env?: NodeJS.ProcessEnv;
  onProgress?: (message: string) => void;
}

export const defaultTokenEnv = 'DILIGENT_GIT_TOKEN';

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return (
    env.DILIGENT_CACHE_DIR ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'diligent', 'clones')
  );
}

export function isUrlSource(source: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source);
}

/** A source is a local work tree, a local bare repository, or a URL cloned into the cache. */
export async function openSource(source: string, options: SourceOptions = {}): Promise<OpenedRepo> {
  if (!isUrlSource(source)) return openLocalRepo(source);
  const env = options.env ?? process.env;
  const tokenEnv = options.tokenEnv ?? defaultTokenEnv;
  const { cloneOrFetch } = await import('./clone-url.ts');
  const cloned = await cloneOrFetch(source, {
    cacheDir: options.cacheDir ?? defaultCacheDir(env),
    token: env[tokenEnv] || undefined,
    tokenEnv,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const defaultName =
    cloned.source
      .replace(/\/+$/, '')
      .split('/')
      .pop()
      ?.replace(/\.git$/, '') ?? 'repo';
  return { gitDir: cloned.gitDir, source: cloned.source, sourceKind: 'url', defaultName };
}
