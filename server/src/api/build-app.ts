import { availableParallelism } from 'node:os';
import Fastify, { type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { openDeal } from '@diligent/analyzers/deal';
import { describeApiError } from './api-errors.ts';
import { requireBearerToken } from './bearer-token.ts';
import { strictCsp } from './strict-csp.ts';
import { createRouteContext } from './route-context.ts';
import { registerRepoRoutes } from './routes/repo-routes.ts';
import { registerFileRoutes } from './routes/file-routes.ts';
import { registerPeopleRoutes } from './routes/people-routes.ts';
import { registerHistoryRoutes } from './routes/history-routes.ts';
import { registerDependencyRoutes } from './routes/dependency-routes.ts';
import { serveWeb } from './serve-web.ts';
import { buildFileMonths } from '../queries/file-months-table.ts';
import { buildFileDetails } from '../queries/file-detail.ts';
import { buildFileAuthors } from '../queries/file-authors.ts';

export interface BuildOptions {
  /** The deal database folder; opened read-only. */
  dbDir: string;
  /** When set, every /api request must carry it as a bearer token. */
  token?: string;
  /** A built web UI (web/dist) to serve at `/`. */
  webDist?: string;
  logger?: boolean;
  /** DuckDB connections answering requests at once (default: one per core). */
  connections?: number;
}

/** The API (and the UI when given), ready to `listen` or to `inject` into. */
export async function build(options: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false }).withTypeProvider<TypeBoxTypeProvider>();
  const reader = await openDeal(
    options.dbDir,
    options.connections ?? Number(process.env.DILIGENT_CONNECTIONS ?? availableParallelism()),
  );
  app.addHook('onClose', () => reader.close());
  app.setErrorHandler(async (error, _request, reply) => {
    const { status, code, message } = describeApiError(error);
    if (status >= 500) app.log.error(error);
    return reply.status(status).send({ code, message });
  });
  await app.register(helmet, { contentSecurityPolicy: { directives: strictCsp } });
  await app.register(swagger, {
    openapi: { info: { title: 'Diligent API', version: '1' } },
  });
  if (options.token !== undefined) requireBearerToken(app, options.token);
  await buildFileMonths(reader);
  await buildFileDetails(reader);
  await buildFileAuthors(reader);
  const context = await createRouteContext(reader);
  registerRepoRoutes(app, context);
  registerFileRoutes(app, context);
  registerPeopleRoutes(app, context);
  registerHistoryRoutes(app, context);
  registerDependencyRoutes(app, context);
  app.get('/api/docs', { schema: { hide: true } }, async () => app.swagger());
  if (options.webDist !== undefined) await serveWeb(app, options.webDist);
  return app;
}
