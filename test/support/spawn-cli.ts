import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const cliPath = fileURLToPath(new URL('../../server/bin/diligent.js', import.meta.url));

/** Starts the real CLI without waiting for it, for tests that interrupt it. */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [cliPath, ...args], { env: { ...process.env, ...env } });
}
