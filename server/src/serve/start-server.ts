import { once } from 'node:events';
import type { FastifyInstance } from 'fastify';
import { build } from '../api/build-app.ts';
import { generateToken, needsToken } from '../api/bearer-token.ts';
import { ensureWebBuild } from './web-build.ts';

export interface ServeOptions {
  dbDir: string;
  host: string;
  port: number;
  /** Start, fetch `/` and one API route from the running server, print OK and stop (for CI). */
  smoke: boolean;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Serves the UI and the API until Ctrl-C (or, with `smoke`, checks it answers and stops). */
export async function startServer(options: ServeOptions): Promise<number> {
  const token = needsToken(options.host) ? (process.env.DILIGENT_TOKEN ?? generateToken()) : undefined;
  const webDist = await ensureWebBuild(log);
  const app = await build({ dbDir: options.dbDir, webDist, ...(token === undefined ? {} : { token }) });
  try {
    await app.listen({ host: options.host, port: options.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}/`;
    if (options.smoke) return await smokeTest(url, token);
    void warmMaps(app, token);
    process.stdout.write(`explorer: ${url}${token === undefined ? '' : `#token=${token}`}\n`);
    if (token !== undefined && process.env.DILIGENT_TOKEN === undefined) {
      process.stdout.write(`bearer token (generated for this run): ${token}\n`);
    }
    process.stdout.write('press Ctrl-C to stop\n');
    await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
    return 0;
  } finally {
    await app.close();
  }
}

/** Computes each repo's map for the default window in the background, so the first view is quick. */
async function warmMaps(app: FastifyInstance, token: string | undefined): Promise<void> {
  const headers = token === undefined ? {} : { authorization: `Bearer ${token}` };
  const repos = await app.inject({ url: '/api/repos', headers });
  const body: unknown = repos.json();
  const ids =
    typeof body === 'object' && body !== null && 'repos' in body && Array.isArray(body.repos)
      ? body.repos.map((repo: { repo_id?: unknown }) => String(repo.repo_id))
      : [];
  for (const id of ids)
    await app.inject({ url: `/api/repos/${encodeURIComponent(id)}/map?window=1y`, headers });
}

async function smokeTest(url: string, token: string | undefined): Promise<number> {
  const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
  const page = await fetch(url);
  const api = await fetch(new URL('api/repos', url), { headers });
  const ok = page.ok && (await page.text()).includes('<div id="root">') && api.ok;
  process.stdout.write(ok ? `smoke test OK: ${url} serves the UI and the API\n` : 'smoke test FAILED\n');
  return ok ? 0 : 1;
}
