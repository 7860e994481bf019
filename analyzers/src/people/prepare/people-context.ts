import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * The pinned commit's date and the windows measured back from it. The pinned commit is the one
 * commit no other commit names as a parent (every commit of the repo is reachable from it); the
 * `repos` row is written after this step, so it cannot be read from there.
 */
export const createPeopleContextSql = `
CREATE OR REPLACE TEMP TABLE people_context AS
WITH pinned AS (
  SELECT coalesce(committed_at, authored_at) AS head_at FROM commits
  WHERE sha NOT IN (SELECT unnest(parents) FROM commits)
  ORDER BY head_at DESC NULLS LAST
  LIMIT 1
)
SELECT head_at,
  head_at - to_months($active_months::INTEGER) AS active_since,
  head_at - INTERVAL 90 DAY AS last_90_days_since,
  head_at - INTERVAL 365 DAY AS last_year_since
FROM pinned`;

export async function createPeopleContext(connection: DuckDBConnection, activeMonths: number): Promise<void> {
  await connection.run(createPeopleContextSql, { active_months: activeMonths });
}
