import {
  defineTable,
  fileOwnership,
  fileRisk,
  fileTestStatus,
  files,
  int,
  timestamptz,
} from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';
import { omitColumns } from './omit-columns.ts';
import { nullableColumns } from './nullable-columns.ts';

const ownershipColumns = omitColumns(fileOwnership.columns, 'repo_id', 'path', 'lines');

export const fileDetailRow = defineTable({
  name: 'file_detail',
  doc: 'One file: its measurements (`files`), its ownership (`file_ownership`, NULL for unauthored files) and its history.',
  key: ['repo_id', 'path'],
  columns: {
    ...files.columns,
    ...nullableColumns(ownershipColumns),
    ...nullableColumns({
      coverage_source: fileTestStatus.columns.coverage_source,
      tested_by: fileTestStatus.columns.tested_by,
    }),
    line_coverage: fileTestStatus.columns.line_coverage,
    test_distance: fileTestStatus.columns.test_distance,
    ...nullableColumns({
      risk_score: fileRisk.columns.score,
      risk_explanation: fileRisk.columns.explanation,
    }),
    commits: int.required('Non-merge commits that changed the file under this path.'),
    first_changed_at: timestamptz.nullable('First commit that changed it.'),
    last_changed_at: timestamptz.nullable('Last commit that changed it.'),
  },
});

export const fileDetailQuery = defineQuery<typeof fileDetailRow, { repo: string; path: string }>(
  fileDetailRow,
  `
WITH h AS (
  SELECT count(*)::INTEGER AS commits, min(c.committed_at) AS first_changed_at, max(c.committed_at) AS last_changed_at
  FROM file_changes fc JOIN commits c ON c.repo_id = fc.repo_id AND c.sha = fc.sha
  WHERE fc.repo_id = $repo AND fc.path = $path AND NOT c.is_merge
)
SELECT f.*, o.* EXCLUDE (repo_id, path, lines), t.coverage_source, t.line_coverage, t.tested_by, t.test_distance,
  r.score AS risk_score, r.explanation AS risk_explanation, h.*
FROM files f LEFT JOIN file_ownership o ON o.repo_id = f.repo_id AND o.path = f.path
LEFT JOIN file_test_status t ON t.repo_id = f.repo_id AND t.path = f.path
LEFT JOIN file_risk r ON r.repo_id = f.repo_id AND r.path = f.path, h
WHERE f.repo_id = $repo AND f.path = $path`,
);
