import type { DuckDBValue } from '@duckdb/node-api';
import type { ColumnsOf, RowOf, Table } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';

export type QueryParams = Record<string, DuckDBValue>;

export interface Query<T extends Table, P extends QueryParams> {
  /** The columns of a result row: the decoder and the API response schema come from it. */
  readonly shape: T;
  readonly sql: string;
  run(reader: DealReader, params: P): Promise<RowOf<T>[]>;
  /** The same rows as columns, one array per column (large results: the hotspot map). */
  runColumns(reader: DealReader, params: P): Promise<ColumnsOf<T>>;
}

/** One SQL query with the shape of its rows; every query of the API and the report is one of these. */
export function defineQuery<T extends Table, P extends QueryParams>(shape: T, sql: string): Query<T, P> {
  return {
    shape,
    sql,
    run: (reader, params) => reader.rows(shape, sql, params),
    runColumns: (reader, params) => reader.columns(shape, sql, params),
  };
}
