import { Type } from '@sinclair/typebox';
import { errorSchema } from '../api-errors.ts';

export const repoParams = Type.Object({ repo: Type.String({ description: 'Repo id (`repos.repo_id`).' }) });

export const paging = {
  limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100, description: 'Rows per page.' }),
  offset: Type.Integer({ minimum: 0, default: 0, description: 'Rows to skip.' }),
};

/** Responses every route can give besides its own. */
export const errorResponses = { 400: errorSchema, 401: errorSchema, 404: errorSchema, 500: errorSchema };
