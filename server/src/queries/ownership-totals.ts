import { defineTable, int, text, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const ownershipTotals = defineTable({
  name: 'ownership_totals',
  doc: 'Query result: authored files of a repo, or of the repos given taken together (`repo_id` NULL), and their orphaned code.',
  key: ['repo_id'],
  columns: {
    repo_id: text.nullable('Repo; NULL for the repos given taken together.'),
    files: int.required('Files of `file_ownership`.'),
    lines: int.required('Their code lines.'),
    orphaned_files: int.required('Files with `is_orphaned`.'),
    orphaned_lines: int.required('Their code lines.'),
  },
});

export const ownershipTotalsSql = `
SELECT repo_id, count(*)::INTEGER AS files, coalesce(sum(lines), 0)::INTEGER AS lines,
  count(*) FILTER (WHERE is_orphaned)::INTEGER AS orphaned_files,
  coalesce(sum(lines) FILTER (WHERE is_orphaned), 0)::INTEGER AS orphaned_lines
FROM file_ownership WHERE ${inRepoIds}
GROUP BY GROUPING SETS ((repo_id), ()) ORDER BY repo_id NULLS FIRST`;

export function readOwnershipTotals(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof ownershipTotals>[]> {
  return reader.rows(ownershipTotals, ownershipTotalsSql, repoIdsParam(repoIds));
}
