import { defineTable, int, text, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const rankedHotspot = defineTable({
  name: 'ranked_hotspot',
  doc: 'Query result: a hotspot file (`file_ownership.is_hotspot`) with the numbers that make it a risk.',
  key: ['repo_id', 'path'],
  columns: {
    repo_id: text.required('Repo.'),
    path: text.required('Path at the pinned commit.'),
    changes_last_year: int.required('Commits that changed it in the last year.'),
    revisions: int.required('Non-merge commits that ever changed it.'),
    code_lines: int.required('Code lines.'),
    cyclomatic_max: int.nullable('Highest cyclomatic complexity of one of its functions.'),
    authors: int.required('DOA authors.'),
    active_authors: int.required('DOA authors still active.'),
    main_dev: text.nullable('Name of the person who added the most lines.'),
    fan_in: int.required('Files importing it.'),
  },
});

/** Most changed first; then bigger, more complex and fewer active authors break ties. */
export const rankedHotspotsSql = `
SELECT o.repo_id, o.path, o.changes_last_year, o.revisions, o.lines AS code_lines, f.cyclomatic_max,
  len(o.doa_authors)::INTEGER AS authors,
  (SELECT count(*) FROM people p WHERE p.repo_id = o.repo_id AND p.status = 'active'
     AND list_contains(o.doa_authors, p.person_id))::INTEGER AS active_authors,
  (SELECT p.name FROM people p WHERE p.repo_id = o.repo_id AND p.person_id = o.main_dev) AS main_dev,
  o.fan_in
FROM file_ownership o LEFT JOIN files f ON f.repo_id = o.repo_id AND f.path = o.path
WHERE o.${inRepoIds} AND o.is_hotspot
ORDER BY o.changes_last_year DESC, o.lines DESC, coalesce(f.cyclomatic_max, 0) DESC, active_authors,
  o.repo_id, o.path
LIMIT $limit`;

export function readRankedHotspots(
  reader: DealReader,
  repoIds: readonly string[],
  limit: number,
): Promise<RowOf<typeof rankedHotspot>[]> {
  return reader.rows(rankedHotspot, rankedHotspotsSql, { ...repoIdsParam(repoIds), limit });
}
