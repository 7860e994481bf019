import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { UnauthorizedError } from './api-errors.ts';

/** Only the loopback interface is safe without a token: anyone on the network could read the deal. */
export function needsToken(host: string): boolean {
  return !['127.0.0.1', 'localhost', '::1'].includes(host);
}

export function generateToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Every request must carry `Authorization: Bearer <token>`; the UI takes it once from `#token=`. */
export function requireBearerToken(app: FastifyInstance, token: string): void {
  const expected = Buffer.from(`Bearer ${token}`);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const given = Buffer.from(request.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new UnauthorizedError();
  });
}
