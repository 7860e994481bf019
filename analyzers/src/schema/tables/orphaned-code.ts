import { int, text } from '../column.ts';
import { defineTable } from '../table.ts';

export const orphanedCode = defineTable({
  name: 'orphaned_code',
  doc: 'Code whose DOA authors have all left (are `former`, or never existed), per repo and per directory (each directory counts everything under it).',
  key: ['repo_id', 'scope'],
  columns: {
    repo_id: text.required('Repo.'),
    scope: text.required('`repo`, or a directory path (`src/billing`).'),
    file_count: int.required('Files of `file_ownership` in the scope.'),
    orphaned_files: int.required('Of those, files with no active author.'),
    line_count: int.required('Code lines of the scope’s files.'),
    orphaned_lines: int.required('Code lines of its orphaned files.'),
  },
});
