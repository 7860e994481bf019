import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * The files people metrics look at: regular files of the pinned tree that someone wrote. This is
 * the one place that filters by `files.category`: generated, vendored, minified and documentation
 * files are left out, as Avelino et al. leave out what GitHub Linguist calls generated, vendored
 * or documentation. A file not categorized (NULL) counts as source.
 */
export const excludedCategories = ['generated', 'vendored', 'minified', 'documentation'] as const;

const excludedList = excludedCategories.map((category) => `'${category}'`).join(', ');

export const createKnowledgeFilesSql = `
CREATE OR REPLACE TEMP TABLE people_files AS
SELECT row_number() OVER (ORDER BY path) AS file_id, path, coalesce(code_lines, 0) AS lines
FROM files
WHERE kind IN ('file', 'executable') AND coalesce(category, 'source') NOT IN (${excludedList})`;

export async function createKnowledgeFiles(connection: DuckDBConnection): Promise<void> {
  await connection.run(createKnowledgeFilesSql);
}
