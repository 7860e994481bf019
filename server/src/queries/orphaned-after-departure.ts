import { defineTable, text } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';

export const orphanedPathRow = defineTable({
  name: 'orphaned_path',
  doc: 'A file with no active DOA author once some people have left, and whether it was orphaned already.',
  key: ['path'],
  columns: {
    path: text.required('The file.'),
    state: text.required('`already` (orphaned today) or `new` (orphaned by the departures).'),
  },
});

/** `$leaving` is a JSON list of person ids of the repo. */
export const orphanedAfterDepartureQuery = defineQuery<
  typeof orphanedPathRow,
  { repo: string; leaving: string }
>(
  orphanedPathRow,
  `
WITH leaving AS (SELECT unnest(from_json($leaving, '["VARCHAR"]')) AS person_id),
after AS (
  SELECT o.path, o.is_orphaned,
    NOT coalesce(bool_or(p.status = 'active' AND l.person_id IS NULL), false) AS orphaned_after
  FROM file_ownership o
  LEFT JOIN file_authorship a ON a.repo_id = o.repo_id AND a.path = o.path AND a.is_author
  LEFT JOIN people p ON p.repo_id = a.repo_id AND p.person_id = a.person_id
  LEFT JOIN leaving l ON l.person_id = a.person_id
  WHERE o.repo_id = $repo
  GROUP BY ALL
)
SELECT path, CASE WHEN is_orphaned THEN 'already' ELSE 'new' END AS state
FROM after WHERE orphaned_after ORDER BY path`,
);
