import { columnNames, type RowOf, type Table } from '@diligent/analyzers/schema';

/** Rows to columns: one array per column, aligned by index (the shape `columnarSchema` publishes). */
export function toColumns<T extends Table>(table: T, rows: readonly RowOf<T>[]): Record<string, unknown[]> {
  const columns: Record<string, unknown[]> = {};
  for (const name of columnNames(table)) columns[name] = rows.map((row) => row[name]);
  return columns;
}
