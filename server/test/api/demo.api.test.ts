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
        code_lines: 3660,
        people: 7,
        active_people: 5,
        former_people: 2,
        truck_factor: 2,
        hotspot_window: '1y',
        hotspot_files: 4,
        hotspot_concentration: 49 / 216,
        measured_coverage: null,
        estimated_coverage: 25 / 33,
        red_flags: 3,
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
    const { status, body } = await get('/api/repos/demo/map?window=1y');
    expect(status).toBe(200);
    const paths = body.path as string[];
    const scores = body.hotspot_score as number[];
    const changes = body.changes as number[];
    const top = scores.indexOf(Math.max(...scores));
    expect(paths.length).toBe(77);
    expect(paths[top]).toBe(hotspot);
    expect(changes[top]).toBe(20);
    expect(scores[top]).toBe(100);
    expect((body.hotspot_rank as (number | null)[])[top]).toBe(1);
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
      risk_score: expect.closeTo(85, 9),
    });
    expect((body.functions as { name: string }[])[0]).toMatchObject({
      name: 'calculateInvoice',
      cyclomatic: 24,
    });
    expect((body.monthly as { commits: number }[]).reduce((sum, m) => sum + m.commits, 0)).toBe(75);
    expect(body.coupled).toEqual([]);
    // Coupled files come from `coupling` in the configured window (1y): the one pair of that window.
    const features = await get(
      `/api/repos/demo/file?path=${encodeURIComponent('ml/churn_model/features.py')}`,
    );
    expect(features.body.coupled).toEqual([
      { path: 'ml/tests/test_features.py', shared_commits: 5, degree: 58, time_window: '1y' },
    ]);
    expect((await get('/api/repos/demo/coupling?window=1y')).body).toHaveLength(1);
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
    const coupling = await get('/api/repos/demo/coupling?limit=1&window=all');
    expect(coupling.body).toEqual([
      {
        path_a: 'services/accounts/src/session.test.ts',
        path_b: 'services/accounts/src/session.ts',
        shared_commits: 12,
        commits_a: 13,
        commits_b: 20,
        average_commits: 16.5,
        degree: 72,
        component_a: 'services/accounts/',
        component_b: 'services/accounts/',
      },
    ]);
    const components = await get('/api/repos/demo/component-coupling?limit=1&window=all');
    expect(components.body).toEqual([
      {
        component_a: 'ml/churn_model/',
        component_b: 'ml/tests/',
        shared_commits: 15,
        commits_a: 40,
        commits_b: 16,
        average_commits: 28,
        degree: 53,
        file_pairs: 2,
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

  it('pages and filters dependencies, and lists license findings', async () => {
    const all = await get('/api/repos/demo/dependencies?limit=2');
    expect(all.body.total).toBe(92);
    expect((all.body.rows as unknown[])[0]).toEqual({
      ecosystem: 'npm',
      name: 'bcryptjs',
      version: '^2.4.5',
      is_resolved: false,
      is_direct: true,
      scope: 'runtime',
      manifest_path: 'services/accounts/package.json',
      purl: 'pkg:npm/bcryptjs',
      license: null,
      license_class: null,
    });
    const filtered = await get(
      '/api/repos/demo/dependencies?direct=transitive&scope=dev&search=e&limit=1&offset=1',
    );
    expect(filtered.body.total).toBe(12);
    expect((filtered.body.rows as unknown[])[0]).toMatchObject({
      name: 'fill-range',
      version: '5.2.0',
      is_direct: false,
      scope: 'dev',
      manifest_path: 'package-lock.json',
      purl: 'pkg:npm/fill-range@5.2.0',
    });
    expect((await get('/api/repos/demo/license-findings')).body).toEqual([
      {
        code: 'unknown-vendored-license',
        severity: 'low',
        license_id: null,
        license_class: 'unknown',
        path: 'vendor/decimal-lite/LICENSE',
        component: 'vendor/decimal-lite',
        message: 'vendored code vendor/decimal-lite has no license this analysis can identify',
      },
    ]);
    expect((await get('/api/repos/demo/dependencies?scope=nope')).status).toBe(400);
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
