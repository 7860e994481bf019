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
    coverage: double.nullable('Line coverage from a report; NULL until coverage is measured.'),
    risk: double.nullable('Combined risk score; NULL until the risk stage has run.'),
  },
});

/** `$months` = 0 means the whole history. */
export const mapFilesQuery = defineQuery<typeof mapFileRow, { repo: string; months: number }>(
  mapFileRow,
  `
WITH head AS (SELECT head_at FROM repos WHERE repo_id = $repo),
history AS (
  SELECT fc.path,
    count(*) FILTER (WHERE $months = 0 OR c.committed_at >= head.head_at - to_months($months::INTEGER))::INTEGER AS changes,
    max(c.committed_at) AS last_changed_at
  FROM file_changes fc JOIN commits c ON c.repo_id = fc.repo_id AND c.sha = fc.sha, head
  WHERE fc.repo_id = $repo AND NOT c.is_merge
  GROUP BY fc.path
),
mapped AS (
  SELECT f.path, f.language, f.category, f.code_lines, coalesce(h.changes, 0) AS changes,
    f.cyclomatic_sum AS complexity, o.main_dev, o.is_orphaned, h.last_changed_at
  FROM files f LEFT JOIN history h USING (path)
  LEFT JOIN file_ownership o ON o.repo_id = f.repo_id AND o.path = f.path
  WHERE f.repo_id = $repo AND f.code_lines > 0
),
scored AS (
  SELECT path, (percent_rank() OVER (ORDER BY changes) * 0.9 + 0.1)
    * (percent_rank() OVER (ORDER BY code_lines) * 0.9 + 0.1) AS score
  FROM mapped WHERE changes > 0 AND coalesce(category, 'source') IN ('source', 'test')
)
SELECT mapped.*, round(coalesce(scored.score, 0), 4) AS hotspot_score,
  NULL::DOUBLE AS coverage, NULL::DOUBLE AS risk
FROM mapped LEFT JOIN scored USING (path)
ORDER BY path`,
);
