import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Everything a file's risk is made of, for the configured window: its hotspot row, code age, DOA
 * authors (who, still active or not, when the last of the gone ones left), test data, and the four
 * factors, each from 0 (no concern) to 1. Hotspot and complexity are log-scaled against the repo's
 * highest, a lines-only file's lines first turned into cyclomatic at the repo's cyclomatic per code
 * line, so both kinds of file are on one scale. Coverage is 1 − line coverage from a report, else a
 * step by how far the nearest test is; 0 for tests and configuration (nothing to test); unknown for
 * a file without a complexity analyzer that no test reaches (test reach is only traced for code).
 * Knowledge goes by how many authors are still active.
 */
export const createFileFactorsSql = `
CREATE OR REPLACE TEMP TABLE risk_file_factors AS
WITH configured AS (SELECT time_window, label, head_at FROM risk_windows WHERE is_configured),
hot AS (SELECT h.* FROM hotspots h JOIN configured USING (time_window)),
last_change AS (SELECT path, max(authored_at) AS last_at FROM people_file_history GROUP BY path),
authors AS (
  SELECT a.path, count(*) AS authors, count(*) FILTER (WHERE p.status = 'active') AS active,
    list(p.name ORDER BY a.doa DESC, a.person_id) AS names,
    list(p.name ORDER BY a.doa DESC, a.person_id) FILTER (WHERE p.status = 'active') AS active_names,
    max(p.last_commit_at) FILTER (WHERE p.status = 'former') AS last_left_at
  FROM file_authorship a JOIN people p USING (person_id)
  WHERE a.is_author GROUP BY a.path
),
density AS (
  SELECT coalesce(sum(complexity) / nullif(sum(code_lines), 0), 1) AS per_line
  FROM risk_file_metrics WHERE complexity_source = 'cyclomatic'
),
equivalent AS (
  SELECT m.*, CASE WHEN m.complexity_source = 'cyclomatic' THEN m.complexity ELSE m.complexity * d.per_line END
    AS equivalent_complexity
  FROM risk_file_metrics m CROSS JOIN density d
),
measured AS (
  SELECT e.*, coalesce(h.window_commits, 0) * e.equivalent_complexity AS equivalent_hotspot
  FROM equivalent e LEFT JOIN hot h USING (path)
),
maxima AS (
  SELECT max(equivalent_hotspot) AS hotspot, max(equivalent_complexity) AS complexity FROM measured
)
SELECT m.*, c.time_window, c.label, coalesce(h.window_commits, 0) AS window_commits,
  coalesce(h.fix_commits, 0) AS fix_commits, coalesce(h.score, 0) AS hotspot_score,
  coalesce(h.is_top, false) AS is_top, coalesce(h.hotspot, 0) AS hotspot,
  l.last_at, date_sub('month', l.last_at, c.head_at) AS age_months,
  coalesce(a.authors, 0) AS authors, coalesce(a.active, 0) AS active_authors, o.is_orphaned,
  a.names, coalesce(a.active_names, []) AS active_names, a.last_left_at,
  t.is_test, t.line_coverage, t.tested_by, t.test_distance,
  CASE WHEN t.path IS NULL OR t.is_test OR t.category = 'config' THEN NULL
    WHEN t.coverage_source = 'report' AND t.line_coverage IS NOT NULL THEN 'measured'
    WHEN t.tested_by = 0 AND m.complexity_source = 'lines' THEN NULL
    ELSE 'estimated' END AS coverage_basis,
  CASE WHEN x.hotspot > 0 THEN ln(1 + m.equivalent_hotspot) / ln(1 + x.hotspot) ELSE 0 END AS hotspot_factor,
  CASE WHEN x.complexity > 0 THEN ln(1 + m.equivalent_complexity) / ln(1 + x.complexity) ELSE 0 END
    AS complexity_factor,
  CASE WHEN t.path IS NULL THEN NULL
    WHEN t.is_test OR t.category = 'config' THEN 0
    WHEN t.coverage_source = 'report' AND t.line_coverage IS NOT NULL THEN 1 - t.line_coverage
    WHEN t.tested_by = 0 AND m.complexity_source = 'lines' THEN NULL
    WHEN t.tested_by = 0 THEN 1
    WHEN t.test_distance IS NULL OR t.test_distance <= 1 THEN 0.25
    WHEN t.test_distance = 2 THEN 0.5
    ELSE 0.75 END AS coverage_factor,
  CASE coalesce(a.active, 0) WHEN 0 THEN 1 WHEN 1 THEN 0.5 WHEN 2 THEN 0.25 ELSE 0 END AS knowledge_factor
FROM measured m CROSS JOIN configured c CROSS JOIN maxima x
LEFT JOIN hot h USING (path) LEFT JOIN last_change l USING (path) LEFT JOIN authors a USING (path)
LEFT JOIN file_ownership o USING (path) LEFT JOIN file_test_status t USING (path)`;

export async function createFileFactors(connection: DuckDBConnection): Promise<void> {
  await connection.run(createFileFactorsSql);
}
