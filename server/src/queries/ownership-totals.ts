import { defineTable, int, text, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const ownershipTotals = defineTable({
  name: 'ownership_totals',
  doc: 'Query result: authored files of a repo, or of the repos given taken together (`repo_id` NULL), their hotspots and their orphaned code.',
  key: ['repo_id'],
  columns: {
    repo_id: text.nullable('Repo; NULL for the repos given taken together.'),
    files: int.required('Files of `file_ownership`.'),
    lines: int.required('Their code lines.'),
    hotspot_files: int.required('Files with `is_hotspot`.'),
    changes_last_year: int.required('Σ `changes_last_year`.'),
    hotspot_changes_last_year: int.required('Σ `changes_last_year` of the hotspot files.'),
    orphaned_files: int.required('Files with `is_orphaned`.'),
    orphaned_lines: int.required('Their code lines.'),
  },
});

export const ownershipTotalsSql = `
SELECT repo_id, count(*)::INTEGER AS files, coalesce(sum(lines), 0)::INTEGER AS lines,
  count(*) FILTER (WHERE is_hotspot)::INTEGER AS hotspot_files,
  coalesce(sum(changes_last_year), 0)::INTEGER AS changes_last_year,
  coalesce(sum(changes_last_year) FILTER (WHERE is_hotspot), 0)::INTEGER AS hotspot_changes_last_year,
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
