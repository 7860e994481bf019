import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import type { RowOf, Table } from '../schema/index.ts';
import { DealReader, decodeRow } from '../store/index.ts';

/**
 * Where people queries run: a repo database being written (its connection) or a whole deal (its
 * reader, where every table is one view across repos). The SQL is the same for both.
 */
export type SqlSource = DealReader | DuckDBConnection;

export type SqlParams = Record<string, DuckDBValue>;

/** Runs a query and decodes each row through the columns of `shape`. */
export async function queryRows<T extends Table>(
  source: SqlSource,
  shape: T,
  sql: string,
  params?: SqlParams,
): Promise<RowOf<T>[]> {
  if (source instanceof DealReader) return source.rows(shape, sql, params);
  const reader = await source.runAndReadAll(sql, params);
  return reader.getRowObjectsJS().map((raw) => decodeRow(shape, raw));
}
