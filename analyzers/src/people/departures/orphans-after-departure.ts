import { defineTable, int, text, type RowOf } from '../../schema/index.ts';
import { queryRows, type SqlSource } from '../sql-source.ts';
import { inRepoIds, repoIdsParam } from '../truck-factor/repo-ids-param.ts';

export const departureImpact = defineTable({
  name: 'departure_impact',
  doc: 'Query result: orphaned code of a repo or directory before and after some people leave.',
  key: ['repo_id', 'scope'],
  columns: {
    repo_id: text.required('Repo.'),
    scope: text.required('`repo`, or a directory (counting everything under it).'),
    file_count: int.required('Files of `file_ownership` in the scope.'),
    line_count: int.required('Their code lines.'),
    orphaned_files_before: int.required('Files with no active DOA author today.'),
    orphaned_files_after: int.required('Files with no active DOA author once the people have left.'),
    orphaned_lines_before: int.required('Code lines of the files orphaned today.'),
    orphaned_lines_after: int.required('Code lines of the files orphaned once they have left.'),
  },
});

export type DepartureImpact = RowOf<typeof departureImpact>;

/** `$leaving` is JSON: a list of `{ repo_id, person_id }`. */
export const orphansAfterDepartureSql = `
WITH leaving AS (
  SELECT unnest(from_json($leaving, '[{"repo_id":"VARCHAR","person_id":"VARCHAR"}]'), recursive := true)
),
files AS (
  SELECT o.repo_id, o.path, o.lines, o.is_orphaned AS before,
    NOT coalesce(bool_or(p.status = 'active' AND l.person_id IS NULL), false) AS after
  FROM file_ownership o
  LEFT JOIN file_authorship a ON a.repo_id = o.repo_id AND a.path = o.path AND a.is_author
  LEFT JOIN people p ON p.repo_id = a.repo_id AND p.person_id = a.person_id
  LEFT JOIN leaving l ON l.repo_id = a.repo_id AND l.person_id = a.person_id
  WHERE o.${inRepoIds}
  GROUP BY ALL
),
scoped AS (
  SELECT repo_id, 'repo' AS scope, lines, before, after FROM files
  UNION ALL
  SELECT repo_id, array_to_string(string_split(path, '/')[1:depth], '/') || '/', lines, before, after
  FROM files, range(1, len(string_split(path, '/'))) AS levels(depth)
)
SELECT repo_id, scope, count(*)::INTEGER AS file_count, sum(lines)::INTEGER AS line_count,
  count(*) FILTER (WHERE before)::INTEGER AS orphaned_files_before,
  count(*) FILTER (WHERE after)::INTEGER AS orphaned_files_after,
  coalesce(sum(lines) FILTER (WHERE before), 0)::INTEGER AS orphaned_lines_before,
  coalesce(sum(lines) FILTER (WHERE after), 0)::INTEGER AS orphaned_lines_after
FROM scoped
GROUP BY repo_id, scope
ORDER BY repo_id, scope <> 'repo', scope`;

export function readOrphansAfterDeparture(
  source: SqlSource,
  repoIds: readonly string[],
  leaving: readonly { repo_id: string; person_id: string }[],
): Promise<DepartureImpact[]> {
  return queryRows(source, departureImpact, orphansAfterDepartureSql, {
    repo_ids: repoIdsParam(repoIds),
    leaving: JSON.stringify(leaving.map(({ repo_id, person_id }) => ({ repo_id, person_id }))),
  });
}
