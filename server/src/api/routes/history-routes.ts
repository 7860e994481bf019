import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { couplingPairsQuery } from '../../queries/coupling-pairs.ts';
import { repoTrendsQuery } from '../../queries/repo-trends.ts';
import { rowSchema } from '../table-schema.ts';
import type { RouteContext } from '../route-context.ts';
import { errorResponses, paging, repoParams } from './common-schemas.ts';

export function registerHistoryRoutes(app: FastifyInstance, context: RouteContext): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const { reader } = context;

  api.get(
    '/api/repos/:repo/coupling',
    {
      schema: {
        summary: 'The most strongly coupled pairs of files (change together), strongest first.',
        params: repoParams,
        querystring: Type.Object({
          min_shared: Type.Integer({ minimum: 1, default: 3, description: 'Fewest shared commits.' }),
          ...paging,
        }),
        response: { 200: Type.Array(rowSchema(couplingPairsQuery.shape)), ...errorResponses },
      },
    },
    async (request) => {
      const { repo } = request.params;
      context.checkRepo(repo);
      const { min_shared, limit, offset } = request.query;
      return context.cached(`coupling:${repo}:${min_shared}:${limit}:${offset}`, () =>
        couplingPairsQuery.run(reader, { repo, min_shared, limit, offset }),
      );
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
