import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { listDependenciesQuery } from '../../queries/list-dependencies.ts';
import { countDependenciesQuery } from '../../queries/count-dependencies.ts';
import { repoLicenseFindingsQuery } from '../../queries/repo-license-findings.ts';
import { pageSchema, rowSchema } from '../table-schema.ts';
import type { RouteContext } from '../route-context.ts';
import { errorResponses, paging, repoParams } from './common-schemas.ts';

const dependencyQuery = Type.Object({
  search: Type.String({ default: '', description: 'Only names that contain this (any case).' }),
  ecosystem: Type.String({ default: '', description: 'Only this ecosystem (`npm`, `pypi`, …).' }),
  scope: Type.Union(
    [Type.Literal(''), Type.Literal('runtime'), Type.Literal('dev'), Type.Literal('optional')],
    {
      default: '',
      description: 'Only this scope.',
    },
  ),
  direct: Type.Union([Type.Literal(''), Type.Literal('direct'), Type.Literal('transitive')], {
    default: '',
    description: 'Only direct or only transitive dependencies.',
  }),
  ...paging,
});

export function registerDependencyRoutes(app: FastifyInstance, context: RouteContext): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const { reader } = context;

  api.get(
    '/api/repos/:repo/dependencies',
    {
      schema: {
        summary: 'Dependencies of a repo (`dependencies`), filtered and paged; direct ones first.',
        params: repoParams,
        querystring: dependencyQuery,
        response: { 200: pageSchema(listDependenciesQuery.shape), ...errorResponses },
      },
    },
    async (request) => {
      const { repo } = request.params;
      context.checkRepo(repo);
      const { limit, offset, ...filter } = request.query;
      const [count, rows] = await Promise.all([
        countDependenciesQuery.run(reader, { repo, ...filter }),
        listDependenciesQuery.run(reader, { repo, ...filter, limit, offset }),
      ]);
      return { total: count[0]?.total ?? 0, rows };
    },
  );

  api.get(
    '/api/repos/:repo/license-findings',
    {
      schema: {
        summary: 'Copyleft and unknown licenses of a repo (`license_findings`), most severe first.',
        params: repoParams,
        response: { 200: Type.Array(rowSchema(repoLicenseFindingsQuery.shape)), ...errorResponses },
      },
    },
    async (request) => {
      const { repo } = request.params;
      context.checkRepo(repo);
      return repoLicenseFindingsQuery.run(reader, { repo });
    },
  );
}
