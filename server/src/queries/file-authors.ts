import { defineTable, fileAuthorship, people } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { defineQuery } from './define-query.ts';
import { omitColumns } from './omit-columns.ts';

const authorship = omitColumns(fileAuthorship.columns, 'repo_id', 'path');

export const fileAuthorRow = defineTable({
  name: 'file_author',
  doc: 'A person who changed one file: degree of authorship (`file_authorship`) and their status (`people`).',
  key: ['person_id'],
  columns: { ...authorship, name: people.columns.name, status: people.columns.status },
});

/** The table `buildFileAuthors` fills when the server starts, sorted by file. */
const table = 'explorer_file_authors';

const fill = `
CREATE TABLE ${table} AS
SELECT a.*, p.name, p.status
FROM file_authorship a JOIN people p ON p.repo_id = a.repo_id AND p.person_id = a.person_id
ORDER BY a.repo_id, a.path, a.doa DESC, a.person_id`;

/**
 * Not stored by the analysis: joined once when the server starts, so a file panel reads the rows
 * of its file (the sort lets DuckDB skip to them) instead of joining two views per request.
 */
export async function buildFileAuthors(reader: DealReader): Promise<void> {
  await reader.run(fill);
}

export const fileAuthorsQuery = defineQuery<typeof fileAuthorRow, { repo: string; path: string }>(
  fileAuthorRow,
  `
SELECT * EXCLUDE (repo_id, path) FROM ${table}
WHERE repo_id = $repo AND path = $path
ORDER BY doa DESC, person_id`,
);
