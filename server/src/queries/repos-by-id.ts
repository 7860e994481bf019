import { repos, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';

export const reposByIdSql = 'SELECT * FROM repos ORDER BY repo_id';

/** Every repo of the deal, in id order. */
export function readReposById(reader: DealReader): Promise<RowOf<typeof repos>[]> {
  return reader.rows(repos, reposByIdSql);
}
