import type { DuckDBConnection } from '@duckdb/node-api';

/** The working tables of the people step. Temporary, so they never reach the repo file anyway. */
const peopleTempTables = [
  'people_context',
  'people_credits',
  'people_files',
  'people_commit_order',
  'people_file_lineage',
  'people_file_history',
  'people_activity',
];

export const dropPeopleTempTableSql = (table: string) => `DROP TABLE IF EXISTS ${table}`;

export async function dropPeopleTempTables(connection: DuckDBConnection): Promise<void> {
  for (const table of peopleTempTables) await connection.run(dropPeopleTempTableSql(table));
}
