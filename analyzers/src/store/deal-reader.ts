import { readdir } from 'node:fs/promises';
import { setTimeout } from 'node:timers/promises';
import {
  DuckDBInstance,
  type DuckDBConnection,
  type DuckDBResultReader,
  type DuckDBValue,
} from '@duckdb/node-api';
import { InvalidQueryError } from '../errors.ts';
import { allTables, createTableSql, type RowOf, type Table } from '../schema/index.ts';
import { decodeRow } from './decode-row.ts';
import { TableAppender } from './table-appender.ts';
import { repoFileSuffix, reposDir } from './deal-layout.ts';
import { join } from 'node:path';

/**
 * Reads a whole deal: every repo file attached read-only to an in-memory DuckDB, each table exposed
 * as one view across repos. External access is switched off after attaching, so SQL typed by a
 * user can neither read other files nor write any.
 */
export class DealReader {
  /** Queries started and not settled: closing under a running query hangs the process. */
  private readonly inFlight = new Set<Promise<unknown>>();

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    readonly repoFiles: readonly string[],
  ) {}

  static async open(dbDir: string): Promise<DealReader> {
    const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false' });
    const connection = await instance.connect();
    const files = await listRepoFiles(dbDir);
    for (const [i, file] of files.entries()) {
      await connection.run(`ATTACH ${sqlString(file)} AS r${i} (READ_ONLY)`);
    }
    for (const table of allTables) await createDealView(connection, table);
    await connection.run('SET enable_external_access = false');
    await connection.run('SET lock_configuration = true');
    return new DealReader(instance, connection, files);
  }

  run(sql: string, params?: Record<string, DuckDBValue>): Promise<DuckDBResultReader> {
    return this.track(this.connection.runAndReadAll(sql, params));
  }

  /** Runs SQL typed by a user: one statement, and only a query (SELECT, or EXPLAIN of one). */
  query(sql: string): Promise<DuckDBResultReader> {
    return this.track(this.runUserQuery(sql));
  }

  private async runUserQuery(sql: string): Promise<DuckDBResultReader> {
    const statements = await this.connection.extractStatements(sql).catch(rethrowAsInvalid);
    if (statements.count !== 1) throw new InvalidQueryError('give exactly one SQL statement');
    const prepared = await statements.prepare(0).catch(rethrowAsInvalid);
    if (!readOnlyStatements.has(prepared.statementType)) {
      throw new InvalidQueryError('only queries are allowed: the database is read-only');
    }
    return prepared.runAndReadAll().catch(rethrowAsInvalid);
  }

  /** Adds rows computed across the deal (e.g. the deal-wide truck factor) to a table's view. */
  async addDealRows<T extends Table>(table: T, rows: readonly RowOf<T>[]): Promise<void> {
    const appender = await TableAppender.openNamed(this.connection, table, dealTable(table));
    for (const row of rows) appender.append(row);
    appender.close();
  }

  /** Runs a query whose columns are a table's, and decodes each row through that table's schema. */
  async rows<T extends Table>(
    table: T,
    sql: string,
    params?: Record<string, DuckDBValue>,
  ): Promise<RowOf<T>[]> {
    const reader = await this.run(sql, params);
    return reader.getRowObjectsJS().map((raw) => decodeRow(table, raw));
  }

  /**
   * Stops the query running (a server stopped mid-request), lets the queued ones settle, then
   * closes: DuckDB closed under a running query never settles it, and the process hangs.
   */
  async close(): Promise<void> {
    // An interrupt stops only the query executing at that moment: a query still being prepared, or
    // queued behind it, is caught by the next round.
    while (this.inFlight.size > 0) {
      this.connection.interrupt();
      await Promise.race([Promise.allSettled([...this.inFlight]), setTimeout(interruptRetryMs)]);
    }
    this.connection.closeSync();
    this.instance.closeSync();
  }

  private track<T>(query: Promise<T>): Promise<T> {
    this.inFlight.add(query);
    const forget = () => this.inFlight.delete(query);
    query.then(forget, forget);
    return query;
  }
}

const interruptRetryMs = 20;

// DuckDB's StatementType values (SELECT = 1, EXPLAIN = 4): the bindings declare the enum for
// TypeScript but do not export it at run time.
const readOnlyStatements = new Set<number>([1, 4]);

function rethrowAsInvalid(error: unknown): never {
  throw new InvalidQueryError(error instanceof Error ? error.message : String(error));
}

async function listRepoFiles(dbDir: string): Promise<string[]> {
  const names = await readdir(reposDir(dbDir)).catch(() => []);
  return names
    .filter((name) => name.endsWith(repoFileSuffix))
    .sort()
    .map((name) => join(reposDir(dbDir), name));
}

/**
 * One view per table over every repo file that has it, plus an empty local table typed by the
 * schema: so a repo analyzed by an older version (a table or column missing) still reads, and rows
 * computed across the deal (`addDealRows`) have a place to go.
 */
async function createDealView(connection: DuckDBConnection, table: Table): Promise<void> {
  await connection.run(
    createTableSql(table).replace(`CREATE TABLE ${table.name}`, `CREATE TEMP TABLE ${dealTable(table)}`),
  );
  const having = await connection.runAndReadAll(
    'SELECT DISTINCT database_name FROM duckdb_tables() WHERE table_name = $name AND database_name LIKE $prefix',
    { name: table.name, prefix: 'r%' },
  );
  const catalogs = having
    .getRowObjectsJS()
    .map((row) => String(row.database_name))
    .filter((c) => /^r\d+$/.test(c));
  const selects = [
    `SELECT * FROM ${dealTable(table)}`,
    ...catalogs.map((c) => `SELECT * FROM ${c}.${table.name}`),
  ];
  await connection.run(`CREATE VIEW ${table.name} AS ${selects.join(' UNION ALL BY NAME ')}`);
}

function dealTable(table: Table): string {
  return `deal_${table.name}`;
}

function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
