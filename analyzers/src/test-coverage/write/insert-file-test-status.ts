import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * One row per regular file of the pinned tree. The report a file's line coverage comes from is
 * the freshest one mapping to it (a fresh report before a stale one, then the latest report time,
 * then the report's name); reach counts the test files of `test_reach`.
 */
export const insertFileTestStatusSql = `
INSERT INTO file_test_status
WITH reach AS (
  SELECT path, count(DISTINCT test_path) AS tested_by, min(distance) AS distance,
    CASE WHEN bool_or(method = 'imports') THEN 'imports' ELSE 'naming' END AS method
  FROM test_reach WHERE test_path <> path GROUP BY path
),
chosen AS (
  SELECT path, source, line_coverage, is_stale FROM file_coverage
  QUALIFY row_number() OVER (PARTITION BY path ORDER BY is_stale, report_time DESC NULLS LAST, source) = 1
)
SELECT $repo_id, f.path, t.path IS NOT NULL,
  CASE WHEN c.path IS NOT NULL THEN 'report' WHEN r.tested_by > 0 THEN 'estimate' ELSE 'none' END,
  c.line_coverage, coalesce(r.tested_by, 0)::INTEGER, r.distance::INTEGER, r.method,
  c.source, c.is_stale, f.language, f.category, f.code_lines
FROM files f
LEFT JOIN coverage_test_files t USING (path)
LEFT JOIN reach r USING (path)
LEFT JOIN chosen c USING (path)
WHERE f.kind IN ('file', 'executable')
ORDER BY f.path`;

export async function insertFileTestStatus(connection: DuckDBConnection, repoId: string): Promise<void> {
  await connection.run(insertFileTestStatusSql, { repo_id: repoId });
}
