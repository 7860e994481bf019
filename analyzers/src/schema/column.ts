/**
 * Column kinds: each one fixes the DuckDB type, the JS type of a decoded row, and the JSON-schema
 * type the API publishes. A table is a record of these, so DDL, appender order, row types and
 * response schemas all come from one place.
 */
export interface ColumnKinds {
  text: string;
  int: number;
  bigint: number;
  double: number;
  bool: boolean;
  timestamptz: Date;
  textList: string[];
}

export type ColumnKind = keyof ColumnKinds;

export interface Column<K extends ColumnKind = ColumnKind, N extends boolean = boolean> {
  readonly kind: K;
  readonly nullable: N;
  readonly doc: string;
}

export const duckdbTypeOf: Record<ColumnKind, string> = {
  text: 'VARCHAR',
  int: 'INTEGER',
  bigint: 'BIGINT',
  double: 'DOUBLE',
  bool: 'BOOLEAN',
  timestamptz: 'TIMESTAMPTZ',
  textList: 'VARCHAR[]',
};

function make<K extends ColumnKind>(kind: K) {
  return {
    required: (doc: string): Column<K, false> => ({ kind, nullable: false, doc }),
    nullable: (doc: string): Column<K, true> => ({ kind, nullable: true, doc }),
  };
}

export const text = make('text');
export const int = make('int');
export const bigint = make('bigint');
export const double = make('double');
export const bool = make('bool');
export const timestamptz = make('timestamptz');
export const textList = make('textList');
