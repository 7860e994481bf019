import type { DuckDBConnection } from '@duckdb/node-api';
import { insertComponentCoupling } from './insert/insert-component-coupling.ts';
import { insertCoupling } from './insert/insert-coupling.ts';
import { insertDirectoryRisk } from './insert/insert-directory-risk.ts';
import { insertFileRisk } from './insert/insert-file-risk.ts';
import { insertHotspotSummary } from './insert/insert-hotspot-summary.ts';
import { insertHotspots } from './insert/insert-hotspots.ts';
import { insertTrends } from './insert/insert-trends.ts';
import { createComponentMacro } from './prepare/create-component-macro.ts';
import { createFileFactors } from './prepare/create-file-factors.ts';
import { createFileMetrics } from './prepare/create-file-metrics.ts';
import { createRiskCommits } from './prepare/create-risk-commits.ts';
import { createRiskWindows } from './prepare/create-risk-windows.ts';
import { createWindowChanges } from './prepare/create-window-changes.ts';
import { dropRiskTempTables } from './prepare/drop-risk-temp-tables.ts';
import { writeRedFlags } from './red-flags/write-red-flags.ts';
import type { RiskOptions } from './risk-options.ts';

/**
 * Writes hotspots, coupling, file and directory risk, red flags and trends, all in SQL on the repo's
 * connection. Runs inside the people stage (`PeopleOptions.afterPeople`), after the coverage stage:
 * it reads the people stage's working tables (the files it looks at, their histories with renames
 * followed, who is credited with each commit), the people tables and `file_test_status`.
 */
export async function writeRiskTables(
  connection: DuckDBConnection,
  repoId: string,
  options: RiskOptions,
): Promise<void> {
  try {
    await prepare(connection, options);
    await insertChangeTables(connection, repoId);
    await insertRiskTables(connection, repoId);
    await writeRedFlags(connection, repoId, options);
  } finally {
    await dropRiskTempTables(connection);
  }
}

async function prepare(connection: DuckDBConnection, options: RiskOptions): Promise<void> {
  await createComponentMacro(connection);
  await createRiskWindows(connection, options.window);
  await createRiskCommits(connection);
  await createWindowChanges(connection);
  await createFileMetrics(connection);
}

async function insertChangeTables(connection: DuckDBConnection, repoId: string): Promise<void> {
  await insertCoupling(connection, repoId);
  await insertComponentCoupling(connection, repoId);
  await insertHotspots(connection, repoId);
  await insertHotspotSummary(connection, repoId);
  await insertTrends(connection, repoId);
}

async function insertRiskTables(connection: DuckDBConnection, repoId: string): Promise<void> {
  await createFileFactors(connection);
  await insertFileRisk(connection, repoId);
  await insertDirectoryRisk(connection, repoId);
}
