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
import { fileMonths } from './file-months-table.ts';

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
  SELECT coalesce(sum(commits), 0)::INTEGER AS commits, min(first_changed_at) AS first_changed_at,
    max(last_changed_at) AS last_changed_at
  FROM ${fileMonths.name} WHERE repo_id = $repo AND path = $path
),
-- Each table filtered by the path itself (not through the join), so every scan skips to the file.
f AS (SELECT * FROM files WHERE repo_id = $repo AND path = $path),
o AS (SELECT * EXCLUDE (repo_id, path, lines) FROM file_ownership WHERE repo_id = $repo AND path = $path),
t AS (
  SELECT coverage_source, line_coverage, tested_by, test_distance FROM file_test_status
  WHERE repo_id = $repo AND path = $path
),
r AS (
  SELECT score AS risk_score, explanation AS risk_explanation FROM file_risk
  WHERE repo_id = $repo AND path = $path
)
SELECT f.*, o.*, t.*, r.*, h.*
FROM f LEFT JOIN o ON true LEFT JOIN t ON true LEFT JOIN r ON true, h`,
);
