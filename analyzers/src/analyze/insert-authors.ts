import type { RepoDatabaseWriter } from '../store/index.ts';

/**
 * One row per canonical identity seen as author or co-author. The name is the one used on most of
 * their commits (ties: alphabetically first), so the choice is deterministic.
 */
const insertAuthorsSql = `
INSERT INTO authors
WITH seen AS (
  SELECT author_id, author_name AS name, author_email AS email, authored_at AS at_time, 1 AS authored FROM commits
  UNION ALL
  SELECT c.author_id, c.name, c.email, k.authored_at, 0 FROM commit_coauthors c JOIN commits k USING (repo_id, sha)
),
names AS (
  SELECT author_id, name, email, count(*) AS uses FROM seen GROUP BY ALL
),
best AS (
  SELECT author_id, name, email FROM names
  QUALIFY row_number() OVER (PARTITION BY author_id ORDER BY uses DESC, name, email) = 1
),
stats AS (
  SELECT author_id,
    count(*) FILTER (WHERE authored = 1) AS commit_count,
    min(at_time) FILTER (WHERE authored = 1) AS first_at,
    max(at_time) FILTER (WHERE authored = 1) AS last_at
  FROM seen GROUP BY author_id
)
SELECT $repo_id, b.author_id, b.name, b.email, s.commit_count::INTEGER, s.first_at, s.last_at
FROM best b JOIN stats s USING (author_id)
ORDER BY author_id`;

export async function insertAuthors(writer: RepoDatabaseWriter, repoId: string): Promise<void> {
  await writer.connection.run(insertAuthorsSql, { repo_id: repoId });
}
