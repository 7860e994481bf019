import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Non-merge commits in the order their changes are replayed: committer date (rebases rewrite it,
 * so it follows the history as it landed), then author date, then sha. `seq` numbers them.
 */
export const createCommitOrderSql = `
CREATE OR REPLACE TEMP TABLE people_commit_order AS
SELECT sha, authored_at,
  row_number() OVER (ORDER BY committed_at NULLS FIRST, authored_at NULLS FIRST, sha) AS seq
FROM commits
WHERE NOT is_merge`;

export async function createCommitOrder(connection: DuckDBConnection): Promise<void> {
  await connection.run(createCommitOrderSql);
}
