import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { fileDetailQuery } from '../../queries/file-detail.ts';
import { fileFunctionsQuery } from '../../queries/file-functions.ts';
import { fileMonthlyChangesQuery } from '../../queries/file-monthly-changes.ts';
import { fileAuthorsQuery } from '../../queries/file-authors.ts';
import { fileCouplingQuery } from '../../queries/file-coupling.ts';
import { fileWarningsQuery } from '../../queries/file-warnings.ts';
import { NotFoundError } from '../api-errors.ts';
import { rowSchema } from '../table-schema.ts';
import type { RouteContext } from '../route-context.ts';
import { errorResponses, repoParams } from './common-schemas.ts';

const fileResponse = Type.Object({
  file: rowSchema(fileDetailQuery.shape),
  functions: Type.Array(rowSchema(fileFunctionsQuery.shape)),
  monthly: Type.Array(rowSchema(fileMonthlyChangesQuery.shape)),
  authors: Type.Array(rowSchema(fileAuthorsQuery.shape)),
  coupled: Type.Array(rowSchema(fileCouplingQuery.shape)),
  warnings: Type.Array(rowSchema(fileWarningsQuery.shape)),
});

export function registerFileRoutes(app: FastifyInstance, context: RouteContext): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const { reader } = context;
  api.get(
    '/api/repos/:repo/file',
    {
      schema: {
        summary:
          'One file: metrics, functions by complexity, monthly changes, authors, coupled files, warnings.',
        params: repoParams,
        querystring: Type.Object({ path: Type.String({ minLength: 1, description: 'Path of the file.' }) }),
        response: { 200: fileResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { repo } = request.params;
      const { path } = request.query;
      context.checkRepo(repo);
      return context.cached(`file:${repo}:${path}`, async () => {
        const params = { repo, path };
        const [[file], functions, monthly, authors, coupled, warnings] = await Promise.all([
          fileDetailQuery.run(reader, params),
          fileFunctionsQuery.run(reader, params),
          fileMonthlyChangesQuery.run(reader, params),
          fileAuthorsQuery.run(reader, params),
          fileCouplingQuery.run(reader, { ...params, limit: 20 }),
          fileWarningsQuery.run(reader, params),
        ]);
        if (!file) throw new NotFoundError(`file ${path}`);
        return { file, functions, monthly, authors, coupled, warnings };
      });
    },
  );
}
