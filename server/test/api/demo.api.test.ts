import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { build } from '../../src/api/build-app.ts';
import { buildDemoDeal } from '../support/demo-deal.ts';
import type { TempDir } from '@diligent/fixtures';

const hotspot = 'services/billing/src/invoice-calculator.ts';

describe('the API over the demo fixture (app.inject, real database)', () => {
  let app: FastifyInstance;
  let dir: TempDir;
  beforeAll(async () => {
    const deal = await buildDemoDeal();
    dir = deal.dir;
    app = await build({ dbDir: deal.dbDir });
  });
  afterAll(async () => {
    await app.close();
    await dir.cleanup();
  });

  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    return { status: response.statusCode, body: response.json<Record<string, unknown>>() };
  };

  it('lists the repos of the deal with their overview figures', async () => {
    const { status, body } = await get('/api/repos');
    expect(status).toBe(200);
    expect(body.repos).toEqual([
      expect.objectContaining({
        repo_id: 'demo',
        commit_count: 552,
        file_count: 81,
        code_lines: 4439,
        people: 7,
        active_people: 5,
        former_people: 2,
        truck_factor: 2,
        hotspot_files: 6,
        measured_coverage: null,
      }),
    ]);
    expect(body.languages).toContainEqual({
      repo_id: 'demo',
      language: 'TypeScript',
      files: 51,
      code_lines: 3172,
    });
  });

  it('serves the map as columns, the top hotspot first by score', async () => {
    const { status, body } = await get('/api/repos/demo/map?window=12m');
    expect(status).toBe(200);
    const paths = body.path as string[];
    const scores = body.hotspot_score as number[];
    const changes = body.changes as number[];
    const top = scores.indexOf(Math.max(...scores));
    expect(paths.length).toBe(77);
    expect(paths[top]).toBe(hotspot);
    expect(changes[top]).toBe(20);
    const all = await get('/api/repos/demo/map?window=all');
    expect((all.body.changes as number[])[(all.body.path as string[]).indexOf(hotspot)]).toBe(75);
  });

  it('gives one file with its functions, history and authors', async () => {
    const { status, body } = await get(`/api/repos/demo/file?path=${encodeURIComponent(hotspot)}`);
    expect(status).toBe(200);
    expect(body.file).toMatchObject({
      code_lines: 152,
      cyclomatic_sum: 65,
      commits: 75,
      main_dev: 'alice@acme-pay.com',
    });
    expect((body.functions as { name: string }[])[0]).toMatchObject({
      name: 'calculateInvoice',
      cyclomatic: 24,
    });
    expect((body.monthly as { commits: number }[]).reduce((sum, m) => sum + m.commits, 0)).toBe(75);
    expect((body.authors as { person_id: string; status: string }[])[0]).toMatchObject({
      person_id: 'alice@acme-pay.com',
      status: 'former',
      is_author: true,
    });
  });

  it('pages and filters people', async () => {
    const { body } = await get('/api/repos/demo/people?status=active&limit=2&offset=1');
    expect(body.total).toBe(5);
    expect((body.rows as { person_id: string }[]).map((p) => p.person_id)).toEqual([
      'frank@acme-pay.com',
      'carol@acme-pay.com',
    ]);
  });

  it('simulates two departures: truck factor 2 to 0, 16 more files orphaned', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/repos/demo/departures',
      payload: { people: ['alice@acme-pay.com', 'bob@acme-pay.com'] },
    });
    const body = response.json<{
      truckFactors: { before: { truckFactor: number }; after: { truckFactor: number } }[];
      orphaned: { path: string; state: string }[];
    }>();
    expect(response.statusCode).toBe(200);
    expect(body.truckFactors[0]).toMatchObject({ before: { truckFactor: 2 }, after: { truckFactor: 0 } });
    expect(body.orphaned.length).toBe(51);
    expect(body.orphaned.filter((o) => o.state === 'new').length).toBe(16);
  });

  it('answers coupling and trends', async () => {
    const coupling = await get('/api/repos/demo/coupling?limit=1');
    expect(coupling.body).toEqual([
      {
        path_a: 'packages/shared/src/feature-flags.test.ts',
        path_b: 'packages/shared/src/feature-flags.ts',
        shared_commits: 3,
        degree: 1,
      },
    ]);
    const trends = await get('/api/repos/demo/trends');
    expect((trends.body as unknown as { month: string }[])[0]).toEqual({
      month: '2023-01',
      commits: 9,
      contributors: 1,
      added: 945,
      deleted: 0,
    });
  });

  it('maps errors to statuses through one table', async () => {
    expect(await get('/api/repos/nope/map')).toEqual({
      status: 404,
      body: { code: 'NOT_FOUND', message: 'not found: repo nope' },
    });
    expect((await get('/api/repos/demo/people?limit=0')).status).toBe(400);
    expect((await get('/api/repos/demo/file?path=nope.ts')).status).toBe(404);
  });

  it('publishes an OpenAPI document and a strict CSP', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs' });
    const doc = response.json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths)).toContain('/api/repos/{repo}/map');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  });
});

describe('a server bound beyond loopback', () => {
  let app: FastifyInstance;
  let dir: TempDir;
  beforeAll(async () => {
    const deal = await buildDemoDeal();
    dir = deal.dir;
    app = await build({ dbDir: deal.dbDir, token: 'secret-token' });
  });
  afterAll(async () => {
    await app.close();
    await dir.cleanup();
  });

  it('refuses API calls without the bearer token', async () => {
    expect((await app.inject({ url: '/api/repos' })).statusCode).toBe(401);
    const wrong = await app.inject({ url: '/api/repos', headers: { authorization: 'Bearer nope' } });
    expect(wrong.statusCode).toBe(401);
    const right = await app.inject({ url: '/api/repos', headers: { authorization: 'Bearer secret-token' } });
    expect(right.statusCode).toBe(200);
  });
});
