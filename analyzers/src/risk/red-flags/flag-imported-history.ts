import type { DuckDBConnection } from '@duckdb/node-api';
import { redFlagThresholds } from './red-flag-thresholds.ts';

/**
 * `imported-history`: one commit added at least half of all lines ever added (and at least 1,000):
 * the code's earlier history was probably imported or squashed into it, so history metrics start
 * there.
 */
export const flagImportedHistorySql = `
INSERT INTO red_flags
WITH added AS (SELECT sha, sum(added) AS added FROM file_changes GROUP BY sha),
total AS (SELECT sum(added) AS total FROM added),
biggest AS (
  SELECT a.sha, a.added, c.authored_at FROM added a JOIN commits c USING (sha)
  ORDER BY a.added DESC, c.authored_at, a.sha LIMIT 1
)
SELECT $repo_id, 'imported-history', 'medium', '',
  format('One commit ({}, {}) added {}% of all lines ever added ({} lines): earlier history was probably imported or squashed',
    b.sha[1:12], coalesce(strftime(timezone('UTC', b.authored_at), '%Y-%m-%d'), 'undated'),
    round(100 * b.added / t.total)::INTEGER, b.added),
  b.added / t.total, $share, [], b.sha
FROM biggest b, total t
WHERE t.total > 0 AND b.added / t.total >= $share AND b.added >= $min_lines`;

export async function flagImportedHistory(connection: DuckDBConnection, repoId: string): Promise<void> {
  const { importedShare, importedMinLines } = redFlagThresholds;
  await connection.run(flagImportedHistorySql, {
    repo_id: repoId,
    share: importedShare,
    min_lines: importedMinLines,
  });
}
