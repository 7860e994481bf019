import {
  defineTable,
  fileOwnership,
  fileRisk,
  fileTestStatus,
  files,
  int,
  timestamptz,
} from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
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

/** The table `buildFileDetails` fills when the server starts: one row per file, sorted by path. */
const table = 'explorer_file_detail';

const fill = `
CREATE TABLE ${table} AS
WITH h AS (
  SELECT repo_id, path, sum(commits)::INTEGER AS commits, min(first_changed_at) AS first_changed_at,
    max(last_changed_at) AS last_changed_at
  FROM ${fileMonths.name} GROUP BY ALL
)
SELECT f.*, o.* EXCLUDE (repo_id, path, lines),
  t.coverage_source, t.line_coverage, t.tested_by, t.test_distance,
  r.score AS risk_score, r.explanation AS risk_explanation,
  coalesce(h.commits, 0)::INTEGER AS commits, h.first_changed_at, h.last_changed_at
FROM files f
LEFT JOIN file_ownership o ON o.repo_id = f.repo_id AND o.path = f.path
LEFT JOIN file_test_status t ON t.repo_id = f.repo_id AND t.path = f.path
LEFT JOIN file_risk r ON r.repo_id = f.repo_id AND r.path = f.path
LEFT JOIN h ON h.repo_id = f.repo_id AND h.path = f.path
ORDER BY f.repo_id, f.path`;

/**
 * Not stored by the analysis: joined once when the server starts (after `buildFileMonths`), so a
 * file panel reads one row of one table instead of joining five views per request.
 */
export async function buildFileDetails(reader: DealReader): Promise<void> {
  await reader.run(fill);
}

export const fileDetailQuery = defineQuery<typeof fileDetailRow, { repo: string; path: string }>(
  fileDetailRow,
  `SELECT * FROM ${table} WHERE repo_id = $repo AND path = $path`,
);
