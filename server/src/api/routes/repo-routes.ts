import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { repoOverviewQuery } from '../../queries/repo-overview.ts';
import { repoLanguagesQuery } from '../../queries/repo-languages.ts';
import { mapFilesQuery } from '../../queries/map-files.ts';
import { countFilesQuery } from '../../queries/count-files.ts';
import { listFilesQuery } from '../../queries/list-files.ts';
import { columnarSchema, pageSchema, rowSchema } from '../table-schema.ts';
import type { RouteContext } from '../route-context.ts';
import { errorResponses, paging, repoParams } from './common-schemas.ts';
import { windowSchema } from './time-window.ts';

export function registerRepoRoutes(app: FastifyInstance, context: RouteContext): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const { reader } = context;

  api.get(
    '/api/repos',
    {
      schema: {
        summary: 'The deal overview: every repo with its figures and code size by language.',
        response: {
          200: Type.Object({
            repos: Type.Array(rowSchema(repoOverviewQuery.shape)),
            languages: Type.Array(rowSchema(repoLanguagesQuery.shape)),
          }),
          ...errorResponses,
        },
      },
    },
    async () => ({
      repos: await repoOverviewQuery.run(reader, {}),
      languages: await repoLanguagesQuery.run(reader, {}),
    }),
  );

  // Declared on the untyped instance: the reply is JSON already serialized (the schema documents it).
  app.get<{ Params: { repo: string }; Querystring: { window: string } }>(
    '/api/repos/:repo/map',
    {
      schema: {
        summary: 'Every file of the hotspot map with its metrics, as columns (one array per metric).',
        params: repoParams,
        querystring: Type.Object({ window: windowSchema }),
        response: { 200: columnarSchema(mapFilesQuery.shape), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { repo } = request.params;
      context.checkRepo(repo);
      const { window } = request.query;
      // Kept serialized, as bytes: the map of a 100,000-file repo is megabytes of JSON, built once
      // per window, and not re-encoded per request.
      const json = await context.cached(`map:${repo}:${window}`, async () =>
        Buffer.from(JSON.stringify(await mapFilesQuery.runColumns(reader, { repo, window }))),
      );
      return reply.type('application/json; charset=utf-8').send(json);
    },
  );

  api.get(
    '/api/repos/:repo/files',
    {
      schema: {
        summary: 'Files of a repo, filtered and paged.',
        params: repoParams,
        querystring: Type.Object({
          prefix: Type.String({ default: '', description: 'Only paths that start with this.' }),
          language: Type.String({ default: '', description: 'Only this language.' }),
          search: Type.String({ default: '', description: 'Only paths that contain this (any case).' }),
          ...paging,
        }),
        response: { 200: pageSchema(listFilesQuery.shape), ...errorResponses },
      },
    },
    async (request) => {
      const { repo } = request.params;
      context.checkRepo(repo);
      const { prefix, language, search, limit, offset } = request.query;
      const [count] = await countFilesQuery.run(reader, { repo, prefix, language, search });
      const rows = await listFilesQuery.run(reader, { repo, prefix, language, search, limit, offset });
      return { total: count?.total ?? 0, rows };
    },
  );
}
