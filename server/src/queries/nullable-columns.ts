import type { Column, ColumnKind, Columns } from '@diligent/analyzers/schema';

type Nullable<C extends Columns> = {
  [K in keyof C]: C[K] extends Column<infer T> ? Column<T & ColumnKind, true> : never;
};

/** The same columns, each allowed to be NULL: for the side of an outer join that may be missing. */
export function nullableColumns<C extends Columns>(columns: C): Nullable<C> {
  const result: Columns = {};
  for (const [name, column] of Object.entries(columns)) result[name] = { ...column, nullable: true };
  return result as Nullable<C>;
}
