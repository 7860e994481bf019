import { defineTable, double, text, timestamptz, type RowOf } from '../../schema/index.ts';
import { queryRows, type SqlSource } from '../sql-source.ts';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const authorshipRow = defineTable({
  name: 'authorship_row',
  doc: 'Query result: one DOA author of one file, with what the greedy order breaks ties on.',
  key: ['repo_id', 'path', 'person_id'],
  columns: {
    repo_id: text.required('Repo.'),
    path: text.required('File.'),
    person_id: text.required('A DOA author of the file.'),
    doa: double.required('Their DOA.'),
    first_commit_at: timestamptz.nullable('Their first commit in the repo.'),
  },
});

export type AuthorshipRow = RowOf<typeof authorshipRow>;

export const authorshipRowsSql = `
SELECT a.repo_id, a.path, a.person_id, a.doa, p.first_commit_at
FROM file_authorship a JOIN people p USING (repo_id, person_id)
WHERE a.is_author AND a.${inRepoIds}
ORDER BY a.repo_id, a.path, a.person_id`;

export function readAuthorshipRows(source: SqlSource, repoIds: readonly string[]): Promise<AuthorshipRow[]> {
  return queryRows(source, authorshipRow, authorshipRowsSql, { repo_ids: repoIdsParam(repoIds) });
}
