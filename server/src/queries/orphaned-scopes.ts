import { orphanedCode, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

/** Each repo's total, then the directories with the most orphaned lines (at most `$limit` per repo). */
export const orphanedScopesSql = `
SELECT * EXCLUDE (n) FROM (
  SELECT *, row_number() OVER (PARTITION BY repo_id ORDER BY scope <> 'repo', orphaned_lines DESC, scope) AS n
  FROM orphaned_code WHERE ${inRepoIds} AND (scope = 'repo' OR orphaned_lines > 0)
) WHERE n <= $limit + 1
ORDER BY repo_id, n`;

export function readOrphanedScopes(
  reader: DealReader,
  repoIds: readonly string[],
  limit: number,
): Promise<RowOf<typeof orphanedCode>[]> {
  return reader.rows(orphanedCode, orphanedScopesSql, { ...repoIdsParam(repoIds), limit });
}
