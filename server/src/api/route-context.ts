import type { DealReader } from '@diligent/analyzers/store';
import { NotFoundError } from './api-errors.ts';

export interface RouteContext {
  reader: DealReader;
  /** Throws NOT_FOUND unless the deal has this repo. */
  checkRepo(repo: string): void;
  /** Memoizes a result: the database is read-only while served, so results never go stale. */
  cached<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

export async function createRouteContext(reader: DealReader): Promise<RouteContext> {
  const repoIds = new Set(
    (await reader.run('SELECT repo_id FROM repos')).getRowObjectsJS().map((row) => String(row.repo_id)),
  );
  const cache = new Map<string, Promise<unknown>>();
  return {
    reader,
    checkRepo(repo) {
      if (!repoIds.has(repo)) throw new NotFoundError(`repo ${repo}`);
    },
    cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
      let hit = cache.get(key);
      if (!hit) {
        hit = compute();
        hit.catch(() => cache.delete(key));
        cache.set(key, hit);
      }
      return hit as Promise<T>;
    },
  };
}
