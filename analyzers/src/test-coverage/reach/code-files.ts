import type { DuckDBConnection } from '@duckdb/node-api';
import { bool, defineTable, text } from '../../schema/index.ts';
import { decodeRow } from '../../store/index.ts';

export const codeFile = defineTable({
  name: 'code_file',
  doc: 'A file of a known language that is source or test code.',
  key: ['path'],
  columns: {
    path: text.required('Path from the repository root.'),
    is_test: bool.required('True for a test file.'),
  },
});

export const codeFilesSql = `
SELECT f.path, t.path IS NOT NULL AS is_test
FROM files f LEFT JOIN coverage_test_files t USING (path)
WHERE f.kind IN ('file', 'executable') AND f.language IS NOT NULL
  AND coalesce(f.category, 'source') IN ('source', 'test')
ORDER BY f.path`;

export async function readCodeFiles(connection: DuckDBConnection) {
  const reader = await connection.runAndReadAll(codeFilesSql);
  return reader.getRowObjectsJS().map((raw) => decodeRow(codeFile, raw));
}
