import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Stands in for the coverage stage's `file_test_status` (its contract's columns) when that table is
 * not in the database: every file then has no test data and a NULL coverage factor. Temporary, so
 * it never reaches the repo file.
 */
export const createEmptyTestStatusSql = `
CREATE OR REPLACE TEMP TABLE file_test_status (
  repo_id VARCHAR, path VARCHAR, is_test BOOLEAN, coverage_source VARCHAR, line_coverage DOUBLE,
  tested_by INTEGER, test_distance INTEGER
)`;

export async function createEmptyTestStatus(connection: DuckDBConnection): Promise<void> {
  await connection.run(createEmptyTestStatusSql);
}
