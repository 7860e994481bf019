import type { RepoDatabaseWriter } from '../store/index.ts';
import { createTestFiles } from './reach/test-files.ts';
import { insertImportReach } from './reach/import-reach.ts';
import { insertNamingReach } from './reach/naming-reach.ts';
import { insertFileTestStatus } from './write/insert-file-test-status.ts';
import { insertCoverageRollup } from './write/insert-coverage-rollup.ts';
import { dropCoverageTempTables } from './write/drop-coverage-temp-tables.ts';

/**
 * Writes the tests-and-coverage tables of a repo from its measured files, its import graph and its
 * history: call after the people tables, when every appender has been flushed.
 */
export async function writeCoverageTables(writer: RepoDatabaseWriter, repoId: string): Promise<void> {
  const connection = writer.connection;
  try {
    await createTestFiles(connection);
    await insertImportReach(connection, repoId);
    await insertNamingReach(writer, repoId);
    await insertFileTestStatus(connection, repoId);
    await insertCoverageRollup(connection, repoId);
  } finally {
    await dropCoverageTempTables(connection);
  }
}
