import type { DuckDBConnection } from '@duckdb/node-api';
import { truckFactor } from '../../schema/index.ts';
import { TableAppender } from '../../store/index.ts';
import { readAuthorshipRows } from './authorship-rows.ts';
import { repoTruckFactors } from './repo-truck-factors.ts';
import { readScopeFiles } from './scope-files.ts';

/**
 * Writes the repo's and its components' truck factors. The greedy loop runs in TypeScript over the
 * DOA authors SQL computed: a few thousand rows even for a large repo.
 */
export async function writeTruckFactors(connection: DuckDBConnection, repoId: string): Promise<void> {
  const paths = (await readScopeFiles(connection, [repoId])).map((file) => file.path);
  const rows = repoTruckFactors(repoId, paths, await readAuthorshipRows(connection, [repoId]));
  const out = await TableAppender.open(connection, truckFactor);
  try {
    for (const row of rows) out.append(row);
  } finally {
    out.close();
  }
}
