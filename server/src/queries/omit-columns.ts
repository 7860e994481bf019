import type { Columns } from '@diligent/analyzers/schema';

/** A table's columns without some (e.g. the repo and path a per-file query already fixes). */
export function omitColumns<C extends Columns, K extends keyof C & string>(
  columns: C,
  ...names: K[]
): Omit<C, K> {
  const omitted = new Set<string>(names);
  const kept: Columns = {};
  for (const [name, column] of Object.entries(columns)) if (!omitted.has(name)) kept[name] = column;
  return kept as Omit<C, K>;
}
