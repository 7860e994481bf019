import { join } from 'node:path';

/**
 * A deal database is a folder: one DuckDB file per repo under `repos/`. DuckDB lets one process
 * write a file and then no other may open it, so each analysis writes its own temporary file and
 * renames it into place when done: readers (the server, `diligent query`) never wait on a writer,
 * and a crash mid-run leaves the previous file untouched.
 */
export const repoFileSuffix = '.duckdb';

export function reposDir(dbDir: string): string {
  return join(dbDir, 'repos');
}

export function repoFilePath(dbDir: string, repoId: string): string {
  return join(reposDir(dbDir), `${repoId}${repoFileSuffix}`);
}

export function tempFilePath(finalPath: string): string {
  return `${finalPath}.tmp-${process.pid}-${Date.now().toString(36)}`;
}

/** Repo ids are file names: keep them to a safe alphabet whatever the repo is called. */
export function repoIdFromName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/\.git$/, '')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return slug.slice(0, 80) || 'repo';
}
