import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Every code file (a known language, category source or test) counts in each of its ancestor
 * directories, the root `` included, so a directory's row covers everything below it. Report
 * totals come from the report `file_test_status` chose, and only source files count in them.
 */
export const insertCoverageRollupSql = `
INSERT INTO coverage_rollup
WITH code AS (
  SELECT s.path, s.is_test, coalesce(s.code_lines, 0) AS lines, s.coverage_source, s.tested_by,
    coalesce(s.is_stale, false) AS is_stale, c.lines_found, c.lines_hit, c.branches_found,
    c.branches_hit, c.functions_found, c.functions_hit
  FROM file_test_status s
  LEFT JOIN file_coverage c ON c.path = s.path AND c.source = s.report_source
  WHERE s.language IS NOT NULL AND coalesce(s.category, 'source') IN ('source', 'test')
),
placed AS (
  SELECT *, unnest(range(0, len(string_split(path, '/')))) AS depth FROM code
),
dirs AS (
  SELECT *, array_to_string(string_split(path, '/')[1:depth], '/') AS directory,
    NOT is_test AS src, NOT is_test AND coverage_source = 'report' AS reported
  FROM placed
),
sums AS (
  SELECT directory, depth,
    count(*) FILTER (WHERE src) AS source_files,
    count(*) FILTER (WHERE is_test) AS test_files,
    coalesce(sum(lines) FILTER (WHERE src), 0) AS source_lines,
    coalesce(sum(lines) FILTER (WHERE is_test), 0) AS test_lines,
    count(*) FILTER (WHERE reported) AS reported_files,
    count(*) FILTER (WHERE reported AND is_stale) AS stale_files,
    coalesce(sum(lines_found) FILTER (WHERE reported), 0) AS lines_found,
    coalesce(sum(lines_hit) FILTER (WHERE reported), 0) AS lines_hit,
    coalesce(sum(branches_found) FILTER (WHERE reported), 0) AS branches_found,
    coalesce(sum(branches_hit) FILTER (WHERE reported), 0) AS branches_hit,
    coalesce(sum(functions_found) FILTER (WHERE reported), 0) AS functions_found,
    coalesce(sum(functions_hit) FILTER (WHERE reported), 0) AS functions_hit,
    count(*) FILTER (WHERE src AND tested_by > 0) AS reached_files,
    count(*) FILTER (WHERE src AND coverage_source = 'none') AS unreached_files
  FROM dirs GROUP BY directory, depth
)
SELECT $repo_id, directory, depth::INTEGER, source_files::INTEGER, test_files::INTEGER,
  source_lines::INTEGER, test_lines::INTEGER,
  CASE WHEN source_lines > 0 THEN test_lines / source_lines END,
  reported_files::INTEGER, stale_files::INTEGER, lines_found::INTEGER, lines_hit::INTEGER,
  CASE WHEN lines_found > 0 THEN lines_hit / lines_found END,
  branches_found::INTEGER, branches_hit::INTEGER, functions_found::INTEGER, functions_hit::INTEGER,
  reached_files::INTEGER, unreached_files::INTEGER
FROM sums ORDER BY directory`;

export async function insertCoverageRollup(connection: DuckDBConnection, repoId: string): Promise<void> {
  await connection.run(insertCoverageRollupSql, { repo_id: repoId });
}
