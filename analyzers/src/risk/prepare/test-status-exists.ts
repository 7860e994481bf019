import type { DuckDBConnection } from '@duckdb/node-api';

/** Whether the coverage stage's `file_test_status` table is in the repo database being written. */
export const testStatusExistsSql = `
SELECT count(*) > 0 AS present FROM duckdb_tables()
WHERE table_name = 'file_test_status' AND NOT temporary`;

export async function testStatusExists(connection: DuckDBConnection): Promise<boolean> {
  const reader = await connection.runAndReadAll(testStatusExistsSql);
  return reader.getRowObjectsJS()[0]?.present === true;
}
