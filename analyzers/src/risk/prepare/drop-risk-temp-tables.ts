import type { DuckDBConnection } from '@duckdb/node-api';

/** The working tables of the risk step (temporary, so they never reach the repo file anyway). */
const riskTempTables = [
  'risk_windows',
  'risk_commits',
  'risk_window_changes',
  'risk_file_metrics',
  'risk_file_factors',
];

export const dropRiskTempTableSql = (table: string) => `DROP TABLE IF EXISTS temp.${table}`;

export async function dropRiskTempTables(connection: DuckDBConnection): Promise<void> {
  for (const table of riskTempTables) await connection.run(dropRiskTempTableSql(table));
}
