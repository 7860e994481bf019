import type { DuckDBConnection } from '@duckdb/node-api';

/** The repo's head count, how many are still active, and the share of AI-assisted commits. */
export const insertPeopleSummarySql = `
INSERT INTO people_summary
WITH counts AS (
  SELECT (SELECT count(*) FROM people) AS people,
    (SELECT count(*) FROM people WHERE status = 'active') AS active,
    (SELECT count(*) FROM people WHERE commits_last_90_days > 0) AS last_90_days,
    (SELECT count(*) FROM people WHERE commits_last_year > 0) AS last_year,
    (SELECT count(*) FROM identities WHERE kind = 'bot') AS bots,
    (SELECT count(*) FROM commits) AS commits,
    (SELECT count(*) FROM ai_assisted_commits) AS ai_commits
)
SELECT $repo_id, people::INTEGER, active::INTEGER, last_90_days::INTEGER, last_year::INTEGER, bots::INTEGER,
  commits::INTEGER, ai_commits::INTEGER, CASE WHEN commits > 0 THEN ai_commits / commits ELSE 0 END
FROM counts`;

export async function insertPeopleSummary(connection: DuckDBConnection, repoId: string): Promise<void> {
  await connection.run(insertPeopleSummarySql, { repo_id: repoId });
}
