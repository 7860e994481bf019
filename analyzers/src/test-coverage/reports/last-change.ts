import type { DuckDBConnection } from '@duckdb/node-api';
import { defineTable, timestamptz } from '../../schema/index.ts';
import { decodeRow } from '../../store/index.ts';

/** When each path last changed: the commit time of the last commit that changed it. */
export const createLastChangeSql = `
CREATE OR REPLACE TEMP TABLE coverage_last_change AS
SELECT fc.path, max(coalesce(c.committed_at, c.authored_at)) AS changed_at
FROM file_changes fc JOIN commits c USING (sha)
GROUP BY fc.path`;

export const lastChangeOfSql = `SELECT changed_at FROM coverage_last_change WHERE path = $path`;

const lastChange = defineTable({
  name: 'last_change',
  doc: 'When a path last changed.',
  key: [],
  columns: { changed_at: timestamptz.nullable('Commit time of its last change.') },
});

export async function createLastChange(connection: DuckDBConnection): Promise<void> {
  await connection.run(createLastChangeSql);
}

export async function lastChangeOf(connection: DuckDBConnection, path: string): Promise<Date | null> {
  const reader = await connection.runAndReadAll(lastChangeOfSql, { path });
  const [row] = reader.getRowObjectsJS().map((raw) => decodeRow(lastChange, raw));
  return row?.changed_at ?? null;
}
