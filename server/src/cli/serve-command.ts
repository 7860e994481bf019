import { parseArgs } from 'node:util';
import { UsageError } from '@diligent/analyzers/errors';
import { defaultDbDir, userPath } from './cli-paths.ts';
import { startServer } from '../serve/start-server.ts';

export const serveOptions = {
  port: { type: 'string' },
  host: { type: 'string', default: '127.0.0.1' },
  smoke: { type: 'boolean', default: false },
} as const;

/** The default port is 4321; a smoke test takes any free port unless told one. */
export function parsePort(value: string | undefined, smoke: boolean): number {
  if (value === undefined) return smoke ? 0 : 4321;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port takes 0-65535, got ${value}`);
  return port;
}

/** `diligent serve`: the explorer (UI and API) over a deal database. */
export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string', default: defaultDbDir }, ...serveOptions },
  });
  return startServer({
    dbDir: userPath(values.db),
    host: values.host,
    port: parsePort(values.port, values.smoke),
    smoke: values.smoke,
  });
}
