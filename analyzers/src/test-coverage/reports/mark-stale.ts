import type { DuckDBConnection } from '@duckdb/node-api';

/** A report is stale for a file when it was made before the file's last change. */
export const markStaleSql = `
UPDATE file_coverage SET file_changed_at = l.changed_at,
  is_stale = coalesce(file_coverage.report_time < l.changed_at, false)
FROM coverage_last_change l
WHERE l.path = file_coverage.path`;

export async function markStale(connection: DuckDBConnection): Promise<void> {
  await connection.run(markStaleSql);
}
