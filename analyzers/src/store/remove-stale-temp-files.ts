import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Deletes temporary files that an interrupted analysis (Ctrl-C, a crash) left beside a repo file.
 * A temp file whose writer process is still alive belongs to a running analysis and stays.
 */
export async function removeStaleTempFiles(finalPath: string): Promise<void> {
  const dir = dirname(finalPath);
  const prefix = `${basename(finalPath)}.tmp-`;
  for (const name of await readdir(dir).catch(() => [])) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (!isAlive(pid)) await rm(join(dir, name), { force: true });
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}
