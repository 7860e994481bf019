import type { DuckDBConnection } from '@duckdb/node-api';

/** `shallow-history`: the repository is a shallow clone, so its history is cut off. */
export const flagShallowHistorySql = `
INSERT INTO red_flags
WITH first AS (SELECT min(coalesce(committed_at, authored_at)) AS first_at FROM commits)
SELECT $repo_id, 'shallow-history', 'high', '',
  format('The repository is a shallow clone: history before {} is missing, so every history metric undercounts',
    strftime(timezone('UTC', first_at), '%Y-%m-%d')),
  NULL, NULL, [], NULL
FROM first
WHERE $shallow`;

export async function flagShallowHistory(connection: DuckDBConnection, repoId: string, shallow: boolean) {
  await connection.run(flagShallowHistorySql, { repo_id: repoId, shallow });
}
