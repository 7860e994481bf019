import type { DuckDBConnection } from '@duckdb/node-api';

const coverageTempTables = [
  'coverage_test_files',
  'coverage_edges',
  'coverage_import_reach',
  'coverage_last_change',
];

export const dropCoverageTempTableSql = (table: string) => `DROP TABLE IF EXISTS ${table}`;

export async function dropCoverageTempTables(connection: DuckDBConnection): Promise<void> {
  for (const table of coverageTempTables) await connection.run(dropCoverageTempTableSql(table));
}
