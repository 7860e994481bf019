import type { DuckDBConnection } from '@duckdb/node-api';
import { createTableSql, duckdbTypeOf, type Table } from '../schema/index.ts';

/**
 * The views a deal reads through: one per table, the union of that table in every attached repo
 * file (catalogs r0, r1, ...). Each repo's part selects exactly the schema's columns, a typed NULL
 * for a column its file lacks (a repo analyzed by an older version), so every view has the
 * schema's shape. Rows computed across the deal go to a local table joined in on first use: an
 * empty table in every union cost each query about a third of its time.
 */
export class DealViews {
  private readonly withDealRows = new Set<string>();

  private constructor(
    private readonly connection: DuckDBConnection,
    private readonly repoParts: ReadonlyMap<string, string[]>,
  ) {}

  static async create(connection: DuckDBConnection, tables: readonly Table[]): Promise<DealViews> {
    const present = await columnsByTable(connection);
    const repoParts = new Map(
      tables.map((table) => {
        const byCatalog = present.get(table.name) ?? new Map<string, Set<string>>();
        const parts = [...byCatalog].map(([catalog, columns]) =>
          selectColumns(table, `${catalog}.${table.name}`, columns),
        );
        return [table.name, parts];
      }),
    );
    const views = new DealViews(connection, repoParts);
    for (const table of tables) await views.createView(table);
    return views;
  }

  /** The local table of `table`'s deal-wide rows, created and joined into its view if need be. */
  async dealRowsTable(table: Table): Promise<string> {
    const name = dealRowsName(table);
    if (this.withDealRows.has(table.name)) return name;
    await this.connection.run(
      createTableSql(table).replace(`CREATE TABLE ${table.name}`, `CREATE TABLE ${name}`),
    );
    this.withDealRows.add(table.name);
    await this.createView(table);
    return name;
  }

  private async createView(table: Table): Promise<void> {
    const parts = [...(this.repoParts.get(table.name) ?? [])];
    if (this.withDealRows.has(table.name)) parts.unshift(selectColumns(table, dealRowsName(table), null));
    if (parts.length === 0) parts.push(`${selectColumns(table, null, new Set())} WHERE false`);
    await this.connection.run(`CREATE OR REPLACE VIEW ${table.name} AS ${parts.join(' UNION ALL ')}`);
  }
}

function dealRowsName(table: Table): string {
  return `deal_${table.name}`;
}

/** The schema's columns in order from `source`; a column not `present` there is a typed NULL. */
function selectColumns(table: Table, source: string | null, present: ReadonlySet<string> | null): string {
  const columns = Object.entries(table.columns).map(([name, column]) =>
    present === null || present.has(name) ? `"${name}"` : `NULL::${duckdbTypeOf[column.kind]} AS "${name}"`,
  );
  return `SELECT ${columns.join(', ')}${source === null ? '' : ` FROM ${source}`}`;
}

/** Table name -> repo catalog -> its column names, for every attached repo file. */
async function columnsByTable(connection: DuckDBConnection): Promise<Map<string, Map<string, Set<string>>>> {
  const result = await connection.runAndReadAll(
    `SELECT table_name, database_name, column_name FROM duckdb_columns()
     WHERE regexp_full_match(database_name, 'r[0-9]+') ORDER BY database_name, table_name`,
  );
  const byTable = new Map<string, Map<string, Set<string>>>();
  for (const row of result.getRowObjectsJS()) {
    const catalogs = byTable.get(String(row.table_name)) ?? new Map<string, Set<string>>();
    byTable.set(String(row.table_name), catalogs);
    const columns = catalogs.get(String(row.database_name)) ?? new Set<string>();
    catalogs.set(String(row.database_name), columns);
    columns.add(String(row.column_name));
  }
  return byTable;
}
