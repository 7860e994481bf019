import type { DuckDBConnection } from '@duckdb/node-api';
import { riskWeightParams } from '../risk-weights.ts';

/**
 * Scores every file from its factors (weighted mean, a NULL factor left out), ranks them, and says
 * why in one sentence: how often it changed and how many of those were fixes, how complex it is,
 * who knows it (and when the last of them left), and what tests reach it.
 */
export const insertFileRiskSql = `
INSERT INTO file_risk
WITH scored AS (
  SELECT *,
    100 * ($w_hotspot * hotspot_factor + $w_complexity * complexity_factor + $w_knowledge * knowledge_factor
      + $w_coverage * coalesce(coverage_factor, 0))
    / ($w_hotspot + $w_complexity + $w_knowledge + CASE WHEN coverage_factor IS NULL THEN 0 ELSE $w_coverage END)
      AS score,
    strftime(timezone('UTC', last_left_at), '%B %Y') AS left_in
  FROM risk_file_factors
),
parts AS (
  SELECT *,
    CASE WHEN window_commits = 1 THEN 'changed once in ' || label
      WHEN window_commits > 1 THEN format('changed {} times in {}', window_commits, label)
      WHEN age_months IS NOT NULL THEN format('unchanged for {} months', age_months) END
    || CASE WHEN fix_commits = 0 THEN ''
      WHEN window_commits = 1 THEN ' (a bug fix)'
      WHEN fix_commits = 1 THEN ' (1 of them a bug fix)'
      ELSE format(' ({} of them bug fixes)', fix_commits) END AS changes_part,
    CASE WHEN complexity_source = 'lines' THEN format('{} lines of code with no complexity analysis', code_lines)
      ELSE format('cyclomatic {}', complexity)
        || CASE WHEN cognitive_sum > 0 THEN format(', cognitive {}', cognitive_sum) ELSE '' END
        || CASE WHEN cyclomatic_max > 50 THEN format(' (one function at cyclomatic {})', cyclomatic_max) ELSE '' END
    END AS complexity_part,
    CASE WHEN authors = 0 THEN 'no one is a clear author of it'
      WHEN active_authors = 0 AND authors = 1 THEN format('only {} knows it and left in {}', names[1], left_in)
      WHEN active_authors = 0 AND authors = 2 THEN format('both of its authors have left, the last in {}', left_in)
      WHEN active_authors = 0 THEN format('all {} of its authors have left, the last in {}', authors, left_in)
      WHEN authors = 1 THEN format('only {} knows it', active_names[1])
      WHEN active_authors = 1 THEN format('only {} of its {} authors is still active', active_names[1], authors)
      WHEN active_authors = 2 THEN format('known by {} and {}', active_names[1], active_names[2])
      ELSE format('known by {} active people', active_authors) END AS knowledge_part,
    CASE WHEN coverage_basis IS NULL THEN NULL
      WHEN coverage_basis = 'measured' THEN format('{}% line coverage', round(100 * line_coverage)::INTEGER)
      WHEN tested_by = 0 THEN 'no tests reach it'
      WHEN (test_distance IS NULL OR test_distance <= 1) AND tested_by = 1 THEN '1 test file reaches it directly'
      WHEN test_distance IS NULL OR test_distance <= 1 THEN format('{} test files reach it directly', tested_by)
      ELSE format('tests reach it only {} imports away', test_distance) END AS tests_part
  FROM scored
),
explained AS (
  SELECT *, concat_ws(', ', changes_part, complexity_part, knowledge_part, tests_part) AS sentence,
    row_number() OVER (ORDER BY score DESC, hotspot DESC, path) AS rank
  FROM parts
)
SELECT $repo_id, path, time_window, code_lines::INTEGER, complexity::INTEGER, complexity_source,
  cyclomatic_max, cognitive_sum, window_commits::INTEGER, fix_commits::INTEGER,
  CASE WHEN window_commits > 0 THEN fix_commits / window_commits END, hotspot_score, is_top, last_at,
  age_months::INTEGER, authors::INTEGER, active_authors::INTEGER, coalesce(is_orphaned, active_authors = 0),
  names[1], is_test, coverage_basis, line_coverage, tested_by, test_distance, hotspot_factor,
  complexity_factor, coverage_factor, knowledge_factor, score, rank::INTEGER,
  upper(sentence[1]) || sentence[2:] || '.'
FROM explained
ORDER BY rank`;

export async function insertFileRisk(connection: DuckDBConnection, repoId: string): Promise<void> {
  await connection.run(insertFileRiskSql, { repo_id: repoId, ...riskWeightParams });
}
