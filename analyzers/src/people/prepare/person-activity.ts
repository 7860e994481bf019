import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Each person's commits (authored, merges included, and co-authored) and their status: `former`
 * when their last commit is before `active_since` (N months before the pinned commit).
 */
export const createPersonActivitySql = `
CREATE OR REPLACE TEMP TABLE people_activity AS
SELECT c.person_id,
  count(*) FILTER (WHERE c.is_author) AS commit_count,
  count(*) FILTER (WHERE NOT c.is_author) AS coauthored_commit_count,
  min(c.authored_at) AS first_commit_at,
  max(c.authored_at) AS last_commit_at,
  count(*) FILTER (WHERE c.authored_at > x.last_90_days_since) AS commits_last_90_days,
  count(*) FILTER (WHERE c.authored_at > x.last_year_since) AS commits_last_year,
  CASE WHEN max(c.authored_at) >= x.active_since THEN 'active' ELSE 'former' END AS status
FROM people_credits c, people_context x
GROUP BY c.person_id, x.active_since, x.last_90_days_since, x.last_year_since`;

export async function createPersonActivity(connection: DuckDBConnection): Promise<void> {
  await connection.run(createPersonActivitySql);
}
