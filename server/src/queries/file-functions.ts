import { defineTable, functions } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';
import { omitColumns } from './omit-columns.ts';

const columns = omitColumns(functions.columns, 'repo_id', 'path');

export const fileFunctionRow = defineTable({
  name: 'file_function',
  doc: 'A function of one file (`functions`), most complex first.',
  key: ['name', 'start_line'],
  columns,
});

export const fileFunctionsQuery = defineQuery<typeof fileFunctionRow, { repo: string; path: string }>(
  fileFunctionRow,
  `
SELECT * EXCLUDE (repo_id, path) FROM functions
WHERE repo_id = $repo AND path = $path
ORDER BY cyclomatic DESC, cognitive DESC, start_line`,
);
