import { defineTable, fileAuthorship, people } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';
import { omitColumns } from './omit-columns.ts';

const authorship = omitColumns(fileAuthorship.columns, 'repo_id', 'path');

export const fileAuthorRow = defineTable({
  name: 'file_author',
  doc: 'A person who changed one file: degree of authorship (`file_authorship`) and their status (`people`).',
  key: ['person_id'],
  columns: { ...authorship, name: people.columns.name, status: people.columns.status },
});

export const fileAuthorsQuery = defineQuery<typeof fileAuthorRow, { repo: string; path: string }>(
  fileAuthorRow,
  `
SELECT a.* EXCLUDE (repo_id, path), p.name, p.status
FROM file_authorship a JOIN people p ON p.repo_id = a.repo_id AND p.person_id = a.person_id
WHERE a.repo_id = $repo AND a.path = $path
ORDER BY a.doa DESC, a.person_id`,
);
