import { bool, defineTable, double, int, text, timestamptz } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';

export const mapFileRow = defineTable({
  name: 'map_file',
  doc: 'One file of the hotspot map, with every metric the map can colour by. `changes` count the chosen window.',
  key: ['path'],
  columns: {
    path: text.required('Path from the repository root.'),
    language: text.nullable('Language as cloc names it.'),
    category: text.nullable('`source`, `test`, `generated`, ... (`files.category`).'),
    code_lines: int.required('Lines of code: the area of the file on the map.'),
    changes: int.required('Non-merge commits that changed the file within the window.'),
    complexity: int.nullable('Sum of the cyclomatic complexity of its functions.'),
    main_dev: text.nullable('Person who added the most lines (`file_ownership.main_dev`).'),
    is_orphaned: bool.nullable('No active DOA author is left (`file_ownership.is_orphaned`).'),
    last_changed_at: timestamptz.nullable('Last commit that changed it (code age).'),
    hotspot_score: double.required(
      'Change frequency in the window times size, each as its rank among the source and test files changed in the window (0..1]; 0 for other files.',
    ),
    coverage: double.nullable(
      'Line coverage from a report (`file_test_status.line_coverage`); NULL without one.',
    ),
    coverage_source: text.nullable(
      '`report`, `estimate` (reached by tests), `none`; NULL before the coverage stage.',
    ),
    tested_by: int.nullable('Test files that reach the file.'),
    risk: double.nullable('Risk score 0–100 (`file_risk.score`); NULL before the risk stage.'),
  },
});

/** `$months` = 0 means the whole history. */
export const mapFilesQuery = defineQuery<typeof mapFileRow, { repo: string; months: number }>(
  mapFileRow,
  `
WITH window_start AS (
  -- Computed once: subtracting months from a TIMESTAMPTZ per change row is slow (calendar arithmetic).
  SELECT CASE WHEN $months = 0 THEN NULL ELSE head_at - to_months($months::INTEGER) END AS since
  FROM repos WHERE repo_id = $repo
),
history AS (
  SELECT fc.path,
    count(*) FILTER (WHERE w.since IS NULL OR c.committed_at >= w.since)::INTEGER AS changes,
    max(c.committed_at) AS last_changed_at
  FROM file_changes fc JOIN commits c ON c.repo_id = fc.repo_id AND c.sha = fc.sha, window_start w
  WHERE fc.repo_id = $repo AND NOT c.is_merge
  GROUP BY fc.path
),
mapped AS (
  SELECT f.path, f.language, f.category, f.code_lines, coalesce(h.changes, 0) AS changes,
    f.cyclomatic_sum AS complexity, o.main_dev, o.is_orphaned, h.last_changed_at,
    t.line_coverage AS coverage, t.coverage_source, t.tested_by, r.score AS risk
  FROM files f LEFT JOIN history h USING (path)
  LEFT JOIN file_ownership o ON o.repo_id = f.repo_id AND o.path = f.path
  LEFT JOIN file_test_status t ON t.repo_id = f.repo_id AND t.path = f.path
  LEFT JOIN file_risk r ON r.repo_id = f.repo_id AND r.path = f.path
  WHERE f.repo_id = $repo AND f.code_lines > 0
),
ranked AS (
  SELECT *, changes > 0 AND coalesce(category, 'source') IN ('source', 'test') AS eligible FROM mapped
)
SELECT * EXCLUDE (eligible, coverage, coverage_source, tested_by, risk),
  CASE WHEN eligible THEN round(
    (percent_rank() OVER (PARTITION BY eligible ORDER BY changes) * 0.9 + 0.1)
    * (percent_rank() OVER (PARTITION BY eligible ORDER BY code_lines) * 0.9 + 0.1), 4)
  ELSE 0 END AS hotspot_score,
  coverage, coverage_source, tested_by, risk
FROM ranked
ORDER BY path`,
);
