import { Type, type TSchema } from '@sinclair/typebox';
import type { Column, ColumnKind, Table } from '@diligent/analyzers/schema';

/** The JSON schema of one column kind: what the API publishes for a value of that kind. */
const jsonTypeOf: Record<ColumnKind, () => TSchema> = {
  text: () => Type.String(),
  int: () => Type.Integer(),
  bigint: () => Type.Integer(),
  double: () => Type.Number(),
  bool: () => Type.Boolean(),
  timestamptz: () => Type.String({ format: 'date-time' }),
  textList: () => Type.Array(Type.String()),
};

export function columnSchema(column: Column): TSchema {
  const type = jsonTypeOf[column.kind]();
  const described = { ...type, description: column.doc };
  return column.nullable ? Type.Union([described, Type.Null()], { description: column.doc }) : described;
}

/** A row of a table as a TypeBox object: the response schemas come from the table definitions. */
export function rowSchema(table: Table) {
  const properties: Record<string, TSchema> = {};
  for (const [name, column] of Object.entries(table.columns)) properties[name] = columnSchema(column);
  return Type.Object(properties, { $id: undefined, title: table.name, description: table.doc });
}

/**
 * The same table as columns of arrays (one array per column, rows aligned by index): the map of a
 * 100,000-file repo is several times smaller this way than as objects.
 */
export function columnarSchema(table: Table) {
  const properties: Record<string, TSchema> = {};
  for (const [name, column] of Object.entries(table.columns)) {
    properties[name] = Type.Array(columnSchema(column));
  }
  return Type.Object(properties, { title: `${table.name} (columnar)`, description: table.doc });
}

/** A page of rows: the rows, and how many match in all (for paging). */
export function pageSchema(table: Table) {
  return Type.Object({ total: Type.Integer(), rows: Type.Array(rowSchema(table)) });
}
