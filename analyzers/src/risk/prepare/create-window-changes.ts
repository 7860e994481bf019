import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Each change of each file in each window: the people stage's file histories (renames followed,
 * one row per file and non-merge commit) repeated for every window the commit's author date falls
 * in. A commit without a date is only in `all`.
 */
export const createWindowChangesSql = `
CREATE OR REPLACE TEMP TABLE risk_window_changes AS
SELECT w.time_window, h.path, h.sha, c.files, c.is_fix
FROM people_file_history h
JOIN risk_commits c USING (sha)
JOIN risk_windows w ON w.since IS NULL OR h.authored_at > w.since`;

export async function createWindowChanges(connection: DuckDBConnection): Promise<void> {
  await connection.run(createWindowChangesSql);
}
