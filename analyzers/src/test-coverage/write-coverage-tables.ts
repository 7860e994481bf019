import type { RepoDatabaseWriter } from '../store/index.ts';
import { createTestFiles } from './reach/test-files.ts';
import { insertImportReach } from './reach/import-reach.ts';
import { insertNamingReach } from './reach/naming-reach.ts';
import { insertReports, type ReportScope } from './reports/insert-reports.ts';
import { insertFileTestStatus } from './write/insert-file-test-status.ts';
import { insertCoverageRollup } from './write/insert-coverage-rollup.ts';
import { dropCoverageTempTables } from './write/drop-coverage-temp-tables.ts';

/**
 * Writes the tests-and-coverage tables of a repo from its coverage reports, its measured files,
 * its import graph and its history: call after the people tables, when every appender has been
 * flushed. Returns the number of warnings it wrote.
 */
export async function writeCoverageTables(
  writer: RepoDatabaseWriter,
  repoId: string,
  scope: ReportScope,
): Promise<number> {
  const connection = writer.connection;
  try {
    const warnings = await insertReports(writer, repoId, scope);
    await createTestFiles(connection);
    await insertImportReach(connection, repoId);
    await insertNamingReach(writer, repoId);
    await insertFileTestStatus(connection, repoId);
    await insertCoverageRollup(connection, repoId);
    return warnings;
  } finally {
    await dropCoverageTempTables(connection);
  }
}
