import { bool, defineTable, double, int, text, timestamptz } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';

export const mapFileRow = defineTable({
  name: 'map_file',
  doc: 'One file of the hotspot map, with every metric the map can colour by. `changes` and the hotspot count the chosen window (`hotspots.time_window`).',
  key: ['path'],
  columns: {
    path: text.required('Path from the repository root.'),
    language: text.nullable('Language as cloc names it.'),
    category: text.nullable('`source`, `test`, `generated`, ... (`files.category`).'),
    code_lines: int.required('Lines of code: the area of the file on the map.'),
    changes: int.required(
      'Non-merge commits that changed the file in the window, renames followed (`hotspots.window_commits`); 0 when it did not change or the risk stage does not look at it.',
    ),
    complexity: int.nullable('Sum of the cyclomatic complexity of its functions.'),
    main_dev: text.nullable('Person who added the most lines (`file_ownership.main_dev`).'),
    is_orphaned: bool.nullable('No active DOA author is left (`file_ownership.is_orphaned`).'),
    last_changed_at: timestamptz.nullable(
      'Author date of its last change, renames followed (`file_risk.last_changed_at`): code age.',
    ),
    hotspot_score: double.required(
      'Hotspot score 0–100 in the window (`hotspots.score`); 0 when the file did not change in it.',
    ),
    hotspot_rank: int.nullable('1 for the top hotspot (`hotspots.rank`); NULL when it did not change.'),
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

/** Every column is read from the analysis tables: nothing is recomputed from the history. */
export const mapFilesQuery = defineQuery<typeof mapFileRow, { repo: string; window: string }>(
  mapFileRow,
  `
SELECT f.path, f.language, f.category, f.code_lines, coalesce(h.window_commits, 0) AS changes,
  f.cyclomatic_sum AS complexity, o.main_dev, o.is_orphaned, r.last_changed_at,
  coalesce(h.score, 0) AS hotspot_score, h.rank AS hotspot_rank,
  t.line_coverage AS coverage, t.coverage_source, t.tested_by, r.score AS risk
FROM files f
LEFT JOIN hotspots h ON h.repo_id = f.repo_id AND h.path = f.path AND h.time_window = $window
LEFT JOIN file_ownership o ON o.repo_id = f.repo_id AND o.path = f.path
LEFT JOIN file_test_status t ON t.repo_id = f.repo_id AND t.path = f.path
LEFT JOIN file_risk r ON r.repo_id = f.repo_id AND r.path = f.path
WHERE f.repo_id = $repo AND f.code_lines > 0
ORDER BY f.path`,
);
