import type { FastifyInstance } from 'fastify';
import { build } from '@diligent/server/api';
import { ensureWebBuild } from '@diligent/server/web-build';

/** The explorer (built UI and API) on a free loopback port. */
export async function startExplorer(dbDir: string): Promise<{ app: FastifyInstance; url: string }> {
  const webDist = await ensureWebBuild(() => undefined);
  const app = await build({ dbDir, webDist });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, url: `http://127.0.0.1:${port}/` };
}
