import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * The measurements risk reads for each file the people metrics look at. Complexity is the sum of
 * cyclomatic complexity where the file's language has an analyzer (`function_count` is set, even
 * to 0), else its code lines: Tornhill's size proxy where no complexity is known.
 */
export const createFileMetricsSql = `
CREATE OR REPLACE TEMP TABLE risk_file_metrics AS
SELECT p.path, coalesce(f.code_lines, 0) AS code_lines,
  CASE WHEN f.function_count IS NOT NULL THEN coalesce(f.cyclomatic_sum, 0) ELSE coalesce(f.code_lines, 0) END
    AS complexity,
  CASE WHEN f.function_count IS NOT NULL THEN 'cyclomatic' ELSE 'lines' END AS complexity_source,
  f.cyclomatic_sum, f.cyclomatic_max, f.cognitive_sum
FROM people_files p JOIN files f USING (path)`;

export async function createFileMetrics(connection: DuckDBConnection): Promise<void> {
  await connection.run(createFileMetricsSql);
}
