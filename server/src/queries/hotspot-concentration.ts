import { defineTable, double, int, text, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const hotspotConcentration = defineTable({
  name: 'hotspot_concentration',
  doc: 'Query result: hotspot concentration in the configured window (`hotspot_summary.is_configured`), per repo and for the repos given taken together (`repo_id` NULL).',
  key: ['repo_id'],
  columns: {
    repo_id: text.nullable('Repo; NULL for the repos given taken together.'),
    time_window: text.required('The window (`1y` by default); `mixed` when the repos differ.'),
    files: int.required('Files the people metrics look at.'),
    top_files: int.required('Files in the top 5% hotspots.'),
    file_changes: int.required('Changes to files in the window.'),
    top_file_changes: int.required('Of those, changes to the top 5% hotspots.'),
    concentration: double.nullable('`top_file_changes` / `file_changes`; NULL when nothing changed.'),
  },
});

export const hotspotConcentrationSql = `
SELECT repo_id, CASE WHEN count(DISTINCT time_window) = 1 THEN min(time_window) ELSE 'mixed' END AS time_window,
  sum(files)::INTEGER AS files, sum(top_files)::INTEGER AS top_files,
  sum(file_changes)::INTEGER AS file_changes, sum(top_file_changes)::INTEGER AS top_file_changes,
  sum(top_file_changes) / nullif(sum(file_changes), 0) AS concentration
FROM hotspot_summary WHERE ${inRepoIds} AND is_configured
GROUP BY GROUPING SETS ((repo_id), ()) HAVING count(*) > 0
ORDER BY repo_id NULLS FIRST`;

export function readHotspotConcentration(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof hotspotConcentration>[]> {
  return reader.rows(hotspotConcentration, hotspotConcentrationSql, repoIdsParam(repoIds));
}
