import type { DuckDBConnection } from '@duckdb/node-api';

const sql = `SELECT path FROM files WHERE repo_id = $repo AND category = 'vendored'`;

/** The files the measurement stage categorised as vendored. */
export async function readVendoredPaths(connection: DuckDBConnection, repoId: string): Promise<Set<string>> {
  const reader = await connection.runAndReadAll(sql, { repo: repoId });
  return new Set(reader.getRowObjectsJS().map((row) => String(row.path)));
}
