import type { DuckDBConnection } from '@duckdb/node-api';

/** People with a commit (authored or co-authored) in each calendar month, by UTC author date. */
export const insertContributorActivitySql = `
INSERT INTO contributor_activity
SELECT $repo_id, strftime(timezone('UTC', authored_at), '%Y-%m') AS month,
  count(DISTINCT person_id)::INTEGER, count(DISTINCT sha)::INTEGER
FROM people_credits
WHERE authored_at IS NOT NULL
GROUP BY month
ORDER BY month`;

export async function insertContributorActivity(connection: DuckDBConnection, repoId: string): Promise<void> {
  await connection.run(insertContributorActivitySql, { repo_id: repoId });
}
