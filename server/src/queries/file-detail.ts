import { defineTable, fileOwnership, files, int, timestamptz } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';
import { omitColumns } from './omit-columns.ts';

const ownershipColumns = omitColumns(fileOwnership.columns, 'repo_id', 'path', 'lines');

export const fileDetailRow = defineTable({
  name: 'file_detail',
  doc: 'One file: its measurements (`files`), its ownership (`file_ownership`, NULL for unauthored files) and its history.',
  key: ['repo_id', 'path'],
  columns: {
    ...files.columns,
    ...Object.fromEntries(
      Object.entries(ownershipColumns).map(([name, column]) => [name, { ...column, nullable: true }]),
    ),
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
SELECT f.*, o.* EXCLUDE (repo_id, path, lines), h.*
FROM files f LEFT JOIN file_ownership o ON o.repo_id = f.repo_id AND o.path = f.path, h
WHERE f.repo_id = $repo AND f.path = $path`,
);
