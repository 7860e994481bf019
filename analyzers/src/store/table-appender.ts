import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { columnNames, type RowOf, type Table } from '../schema/index.ts';
import { appendValue } from './append-value.ts';

/** Appends typed rows to one table, in the column order its schema declares. */
export class TableAppender<T extends Table> {
  private constructor(
    private readonly table: T,
    private readonly appender: DuckDBAppender,
  ) {}

  static async open<T extends Table>(connection: DuckDBConnection, table: T): Promise<TableAppender<T>> {
    return TableAppender.openNamed(connection, table, table.name);
  }

  /** An appender for a table shaped like `table` under another name (e.g. a temp table). */
  static async openNamed<T extends Table>(
    connection: DuckDBConnection,
    table: T,
    name: string,
  ): Promise<TableAppender<T>> {
    return new TableAppender(table, await connection.createAppender(name));
  }

  append(row: RowOf<T>): void {
    for (const name of columnNames(this.table)) {
      const column = this.table.columns[name];
      if (column) appendValue(this.appender, column, row[name]);
    }
    this.appender.endRow();
  }

  close(): void {
    this.appender.closeSync();
  }
}
