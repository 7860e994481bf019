import { duckdbTypeOf, type Column, type ColumnKinds } from './column.ts';

export type Columns = Record<string, Column>;

export interface Table<C extends Columns = Columns> {
  readonly name: string;
  readonly doc: string;
  readonly columns: C;
  /** Columns that identify a row; documented, and used to order exports. */
  readonly key: readonly string[];
}

type ValueOf<C extends Column> =
  C extends Column<infer K, infer N> ? (N extends true ? ColumnKinds[K] | null : ColumnKinds[K]) : never;

/** The JS shape of one row of a table, derived from its columns. */
export type RowOf<T extends Table> = { [P in keyof T['columns']]: ValueOf<T['columns'][P]> };

/** A table's rows as columns: one array per column, aligned by index. */
export type ColumnsOf<T extends Table> = { [P in keyof T['columns']]: ValueOf<T['columns'][P]>[] };

/** Declares a table; its key must name its own columns. */
export function defineTable<C extends Columns>(
  table: Table<C> & { key: readonly (keyof C & string)[] },
): Table<C> {
  return table;
}

export function columnNames<T extends Table>(table: T): (keyof T['columns'] & string)[] {
  return Object.keys(table.columns);
}

export function createTableSql(table: Table): string {
  const lines = Object.entries(table.columns).map(
    ([name, col]) => `  "${name}" ${duckdbTypeOf[col.kind]}${col.nullable ? '' : ' NOT NULL'}`,
  );
  return `CREATE TABLE ${table.name} (\n${lines.join(',\n')}\n)`;
}
