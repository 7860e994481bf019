import type { DuckDBConnection } from '@duckdb/node-api';

/** Orphaned files and lines of the repo and of every directory, each directory counting its subtree. */
export const insertOrphanedCodeSql = `
INSERT INTO orphaned_code
WITH scoped AS (
  SELECT 'repo' AS scope, lines, is_orphaned FROM file_ownership
  UNION ALL
  SELECT array_to_string(string_split(path, '/')[1:depth], '/') || '/', lines, is_orphaned
  FROM file_ownership, range(1, len(string_split(path, '/'))) AS levels(depth)
)
SELECT $repo_id, scope, count(*)::INTEGER, count(*) FILTER (WHERE is_orphaned)::INTEGER,
  sum(lines)::INTEGER, coalesce(sum(lines) FILTER (WHERE is_orphaned), 0)::INTEGER
FROM scoped
GROUP BY scope
ORDER BY scope <> 'repo', scope`;

export async function insertOrphanedCode(connection: DuckDBConnection, repoId: string): Promise<void> {
  await connection.run(insertOrphanedCodeSql, { repo_id: repoId });
}
