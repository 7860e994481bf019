import type { DuckDBConnection } from '@duckdb/node-api';
import { fixPatternParams } from '../fix-message.ts';

/**
 * Every non-merge commit with its author date, how many files it changed (its `file_changes`
 * rows: code-maat's change-set size) and whether its message marks a defect fix (fix-message.ts).
 */
export const createRiskCommitsSql = `
CREATE OR REPLACE TEMP TABLE risk_commits AS
WITH sizes AS (SELECT sha, count(*) AS files FROM file_changes GROUP BY sha)
SELECT c.sha, c.authored_at, coalesce(s.files, 0) AS files,
  regexp_matches(regexp_replace(c.subject, $squash_suffix, '') || chr(10) || c.body, $fix_pattern, 'i') AS is_fix
FROM commits c LEFT JOIN sizes s USING (sha)
WHERE NOT c.is_merge`;

export async function createRiskCommits(connection: DuckDBConnection): Promise<void> {
  await connection.run(createRiskCommitsSql, fixPatternParams);
}
