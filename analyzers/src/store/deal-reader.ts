import { readdir } from 'node:fs/promises';
import { setTimeout } from 'node:timers/promises';
import {
  DuckDBInstance,
  type DuckDBConnection,
  type DuckDBResultReader,
  type DuckDBValue,
} from '@duckdb/node-api';
import { InvalidQueryError } from '../errors.ts';
import { allTables, type ColumnsOf, type RowOf, type Table } from '../schema/index.ts';
import { DealViews } from './deal-views.ts';
import { decodeColumns, decodeRow } from './decode-row.ts';
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
  /** Queries started and not settled, per connection: a query goes to the least busy. */
  private readonly busy: number[];
  private readonly connections: readonly DuckDBConnection[];

  /** `main` set the deal up and appends its deal-wide rows; `others` only read. */
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly main: DuckDBConnection,
    others: readonly DuckDBConnection[],
    private readonly views: DealViews,
    readonly repoFiles: readonly string[],
  ) {
    this.connections = [main, ...others];
    this.busy = this.connections.map(() => 0);
  }

  /**
   * `connections`: a DuckDB connection runs one query at a time, so a server answering several
   * requests at once needs several to use more than one core.
   */
  static async open(dbDir: string, connections = 1): Promise<DealReader> {
    const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false' });
    const connection = await instance.connect();
    const files = await listRepoFiles(dbDir);
    for (const [i, file] of files.entries()) {
      await connection.run(`ATTACH ${sqlString(file)} AS r${i} (READ_ONLY)`);
    }
    const views = await DealViews.create(connection, allTables);
    await connection.run('SET enable_external_access = false');
    await connection.run('SET lock_configuration = true');
    const more = await Promise.all(Array.from({ length: connections - 1 }, () => instance.connect()));
    return new DealReader(instance, connection, more, views, files);
  }

  run(sql: string, params?: Record<string, DuckDBValue>): Promise<DuckDBResultReader> {
    return this.track((connection) => connection.runAndReadAll(sql, params));
  }

  /** Runs SQL typed by a user: one statement, and only a query (SELECT, or EXPLAIN of one). */
  query(sql: string): Promise<DuckDBResultReader> {
    return this.track((connection) => runUserQuery(connection, sql));
  }
  /** Adds rows computed across the deal (e.g. the deal-wide truck factor) to a table's view. */
  async addDealRows<T extends Table>(table: T, rows: readonly RowOf<T>[]): Promise<void> {
    const name = await this.views.dealRowsTable(table);
    const appender = await TableAppender.openNamed(this.main, table, name);
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

  /** Runs a query whose columns are a table's, and decodes it column by column (large results). */
  async columns<T extends Table>(
    table: T,
    sql: string,
    params?: Record<string, DuckDBValue>,
  ): Promise<ColumnsOf<T>> {
    const reader = await this.run(sql, params);
    return decodeColumns(table, reader.getColumnsObjectJS());
  }

  /**
   * Stops the query running (a server stopped mid-request), lets the queued ones settle, then
   * closes: DuckDB closed under a running query never settles it, and the process hangs.
   */
  async close(): Promise<void> {
    // An interrupt stops only the query executing at that moment: a query still being prepared, or
    // queued behind it, is caught by the next round.
    while (this.inFlight.size > 0) {
      for (const connection of this.connections) connection.interrupt();
      await Promise.race([Promise.allSettled([...this.inFlight]), setTimeout(interruptRetryMs)]);
    }
    for (const connection of this.connections) connection.closeSync();
    this.instance.closeSync();
  }

  private track<T>(start: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    const index = this.busy.indexOf(Math.min(...this.busy));
    this.busy[index] = (this.busy[index] ?? 0) + 1;
    const query = start(this.connections[index] ?? this.main);
    this.inFlight.add(query);
    const settle = () => {
      this.inFlight.delete(query);
      this.busy[index] = (this.busy[index] ?? 1) - 1;
    };
    query.then(settle, settle);
    return query;
  }
}

const interruptRetryMs = 20;

// DuckDB's StatementType values (SELECT = 1, EXPLAIN = 4): the bindings declare the enum for
// TypeScript but do not export it at run time.
const readOnlyStatements = new Set<number>([1, 4]);

async function runUserQuery(connection: DuckDBConnection, sql: string): Promise<DuckDBResultReader> {
  const statements = await connection.extractStatements(sql).catch(rethrowAsInvalid);
  if (statements.count !== 1) throw new InvalidQueryError('give exactly one SQL statement');
  const prepared = await statements.prepare(0).catch(rethrowAsInvalid);
  if (!readOnlyStatements.has(prepared.statementType)) {
    throw new InvalidQueryError('only queries are allowed: the database is read-only');
  }
  return prepared.runAndReadAll().catch(rethrowAsInvalid);
}

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

function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
