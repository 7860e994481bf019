import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { allTables, createTableSql, type Table } from '../schema/index.ts';
import { tempFilePath } from './deal-layout.ts';
import { removeStaleTempFiles } from './remove-stale-temp-files.ts';
import { TableAppender } from './table-appender.ts';

/** Writes one repo's database to a temporary file and swaps it into place atomically on commit. */
export class RepoDatabaseWriter {
  private readonly appenders = new Set<{ close(): void }>();

  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
    private readonly tempPath: string,
    private readonly finalPath: string,
  ) {}

  static async create(finalPath: string): Promise<RepoDatabaseWriter> {
    await mkdir(dirname(finalPath), { recursive: true });
    await removeStaleTempFiles(finalPath);
    const tempPath = tempFilePath(finalPath);
    const instance = await DuckDBInstance.create(tempPath, { autoinstall_known_extensions: 'false' });
    const connection = await instance.connect();
    for (const table of allTables) await connection.run(createTableSql(table));
    return new RepoDatabaseWriter(instance, connection, tempPath, finalPath);
  }

  /** Opens an appender; it stays open until `closeAppenders` or `commit`. */
  async appender<T extends Table>(table: T): Promise<TableAppender<T>> {
    const opened = await TableAppender.open(this.connection, table);
    this.appenders.add(opened);
    return opened;
  }

  /** Closes (and so flushes) every appender, so SQL sees all rows appended so far. */
  closeAppenders(): void {
    for (const appender of this.appenders.values()) appender.close();
    this.appenders.clear();
  }

  async commit(): Promise<void> {
    this.closeAppenders();
    await this.connection.run('CHECKPOINT');
    this.close();
    await rename(this.tempPath, this.finalPath);
  }

  async abort(): Promise<void> {
    this.close();
    await rm(this.tempPath, { force: true });
    await rm(`${this.tempPath}.wal`, { force: true });
  }

  private close(): void {
    this.closeAppenders();
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
