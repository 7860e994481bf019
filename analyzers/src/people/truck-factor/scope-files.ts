import { defineTable, text, type RowOf } from '../../schema/index.ts';
import { queryRows, type SqlSource } from '../sql-source.ts';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const scopeFile = defineTable({
  name: 'scope_file',
  doc: 'Query result: a file the truck factor counts.',
  key: ['repo_id', 'path'],
  columns: {
    repo_id: text.required('Repo.'),
    path: text.required('A file of `file_ownership`.'),
  },
});

export type ScopeFile = RowOf<typeof scopeFile>;

export const scopeFilesSql = `SELECT repo_id, path FROM file_ownership WHERE ${inRepoIds} ORDER BY repo_id, path`;

export function readScopeFiles(source: SqlSource, repoIds: readonly string[]): Promise<ScopeFile[]> {
  return queryRows(source, scopeFile, scopeFilesSql, { repo_ids: repoIdsParam(repoIds) });
}
