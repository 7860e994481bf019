import type { DuckDBConnection } from '@duckdb/node-api';

/** Commits whose author or a `Co-authored-by` identity is an AI coding assistant. */
export const insertAiAssistedCommitsSql = `
INSERT INTO ai_assisted_commits
WITH credits AS (
  SELECT sha, author_id FROM commits
  UNION ALL
  SELECT sha, author_id FROM commit_coauthors
)
SELECT $repo_id, c.sha, list_sort(list(DISTINCT i.assistant))
FROM credits c JOIN identities i USING (author_id)
WHERE i.kind = 'ai-assistant'
GROUP BY c.sha
ORDER BY c.sha`;

export async function insertAiAssistedCommits(connection: DuckDBConnection, repoId: string): Promise<void> {
  await connection.run(insertAiAssistedCommitsSql, { repo_id: repoId });
}
