import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * A file's component for architectural coupling: its directory cut to two levels
 * (`activerecord/lib/active_record/base.rb` → `activerecord/lib/`), `.` for a file at the root.
 */
export const createComponentMacroSql = `
CREATE OR REPLACE TEMP MACRO risk_component(p) AS
  CASE WHEN strpos(p, '/') = 0 THEN '.'
  ELSE array_to_string(string_split(p, '/')[1:least(2, len(string_split(p, '/')) - 1)], '/') || '/' END`;

export async function createComponentMacro(connection: DuckDBConnection): Promise<void> {
  await connection.run(createComponentMacroSql);
}
