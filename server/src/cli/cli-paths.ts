import { resolve } from 'node:path';

/**
 * `pnpm diligent` runs in the workspace root; pnpm passes the folder the user typed the command in
 * as INIT_CWD, and relative paths must mean what they meant there.
 */
export function userPath(path: string): string {
  const base =
    process.env.npm_lifecycle_event === 'diligent' ? (process.env.INIT_CWD ?? process.cwd()) : process.cwd();
  return resolve(base, path);
}

export const defaultDbDir = 'diligent-data';
