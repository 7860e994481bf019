import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Who each commit is credited to: its author and every `Co-authored-by` person, as people (bots
 * and AI assistants are left out). `credited` is how many people share the commit: its lines are
 * split among them for ownership, while each of them counts it as a whole change for DOA.
 */
export const createPeopleCreditsSql = `
CREATE OR REPLACE TEMP TABLE people_credits AS
WITH credits AS (
  SELECT sha, author_id, true AS is_author FROM commits
  UNION ALL
  SELECT sha, author_id, false FROM commit_coauthors
),
people AS (
  SELECT c.sha, i.person_id, bool_or(c.is_author) AS is_author
  FROM credits c JOIN identities i USING (author_id)
  WHERE i.kind = 'person'
  GROUP BY ALL
)
SELECT p.sha, p.person_id, p.is_author, k.is_merge, k.authored_at,
  count(*) OVER (PARTITION BY p.sha) AS credited
FROM people p JOIN commits k USING (sha)`;

export async function createPeopleCredits(connection: DuckDBConnection): Promise<void> {
  await connection.run(createPeopleCreditsSql);
}
