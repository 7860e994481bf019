import type { DuckDBConnection } from '@duckdb/node-api';
import { redFlagThresholds } from './red-flag-thresholds.ts';

/** `complex-functions`: functions of authored files with cyclomatic complexity over 50. */
export const flagComplexFunctionsSql = `
INSERT INTO red_flags
WITH complex AS (
  SELECT f.path, f.name, f.cyclomatic, f.start_line FROM functions f JOIN people_files USING (path)
  WHERE f.cyclomatic > $threshold
),
summary AS (
  SELECT count(*) AS n, list(name ORDER BY cyclomatic DESC, path, start_line)[1] AS name,
    list(path ORDER BY cyclomatic DESC, path, start_line)[1] AS path, max(cyclomatic) AS worst
  FROM complex
),
files AS (
  SELECT list(path ORDER BY worst DESC, path)[1:$paths] AS paths
  FROM (SELECT path, max(cyclomatic) AS worst FROM complex GROUP BY path)
)
SELECT $repo_id, 'complex-functions', 'medium', '',
  format('{} over cyclomatic {}; the worst, {} in {}, is at {}',
    CASE WHEN s.n = 1 THEN '1 function is' ELSE s.n || ' functions are' END, $threshold, s.name, s.path, s.worst),
  s.n, $threshold, f.paths, NULL
FROM summary s, files f
WHERE s.n > 0`;

export async function flagComplexFunctions(connection: DuckDBConnection, repoId: string): Promise<void> {
  const { functionCyclomatic, evidencePaths } = redFlagThresholds;
  await connection.run(flagComplexFunctionsSql, {
    repo_id: repoId,
    threshold: functionCyclomatic,
    paths: evidencePaths,
  });
}
