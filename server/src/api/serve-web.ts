import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { NotFoundError } from './api-errors.ts';

/** The built UI: its files, and index.html for every other non-API path (client-side routes). */
export async function serveWeb(app: FastifyInstance, webDist: string): Promise<void> {
  await app.register(fastifyStatic, { root: webDist, index: 'index.html', wildcard: false });
  app.setNotFoundHandler(async (request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') throw new NotFoundError(request.url);
    return reply.sendFile('index.html');
  });
}
