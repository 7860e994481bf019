import { defineTable, text } from '../../schema/index.ts';
import { queryRows, type SqlSource } from '../sql-source.ts';

const repoIdRow = defineTable({
  name: 'repo_id_row',
  doc: 'Query result: one repo of the deal.',
  key: ['repo_id'],
  columns: { repo_id: text.required('Repo.') },
});

export const dealRepoIdsSql = 'SELECT DISTINCT repo_id FROM file_ownership ORDER BY repo_id';

/** Every repo of the deal with people tables. */
export async function readDealRepoIds(source: SqlSource): Promise<string[]> {
  return (await queryRows(source, repoIdRow, dealRepoIdsSql)).map((row) => row.repo_id);
}
