import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { couplingPairsQuery } from '../../queries/coupling-pairs.ts';
import { componentPairsQuery } from '../../queries/component-coupling-pairs.ts';
import { repoTrendsQuery } from '../../queries/repo-trends.ts';
import { rowSchema } from '../table-schema.ts';
import type { RouteContext } from '../route-context.ts';
import { errorResponses, paging, repoParams } from './common-schemas.ts';
import { windowSchema } from './time-window.ts';

export function registerHistoryRoutes(app: FastifyInstance, context: RouteContext): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const { reader } = context;

  api.get(
    '/api/repos/:repo/coupling',
    {
      schema: {
        summary: 'The most strongly coupled pairs of files in a window (`coupling`), strongest first.',
        params: repoParams,
        querystring: Type.Object({ window: windowSchema, ...paging }),
        response: { 200: Type.Array(rowSchema(couplingPairsQuery.shape)), ...errorResponses },
      },
    },
    async (request) => {
      const { repo } = request.params;
      context.checkRepo(repo);
      const { window, limit, offset } = request.query;
      return couplingPairsQuery.run(reader, { repo, window, limit, offset });
    },
  );

  api.get(
    '/api/repos/:repo/component-coupling',
    {
      schema: {
        summary:
          'Components (directories, two levels) that change together in a window (`component_coupling`).',
        params: repoParams,
        querystring: Type.Object({ window: windowSchema, limit: paging.limit }),
        response: { 200: Type.Array(rowSchema(componentPairsQuery.shape)), ...errorResponses },
      },
    },
    async (request) => {
      const { repo } = request.params;
      context.checkRepo(repo);
      const { window, limit } = request.query;
      return componentPairsQuery.run(reader, { repo, window, limit });
    },
  );

  api.get(
    '/api/repos/:repo/trends',
    {
      schema: {
        summary: 'Month by month: commits, contributors, lines added and deleted.',
        params: repoParams,
        response: { 200: Type.Array(rowSchema(repoTrendsQuery.shape)), ...errorResponses },
      },
    },
    async (request) => {
      const { repo } = request.params;
      context.checkRepo(repo);
      return context.cached(`trends:${repo}`, () => repoTrendsQuery.run(reader, { repo }));
    },
  );
}
