import type { DuckDBConnection } from '@duckdb/node-api';
import { identities } from '../../schema/index.ts';
import { TableAppender } from '../../store/index.ts';
import type { IdentitiesFile } from './identities-file.ts';
import { readIdentityEvidence } from './identity-evidence.ts';
import { resolveIdentities } from './resolve-identities.ts';

/**
 * Merges the repo's identities into people and writes the `identities` table. This step runs in
 * TypeScript: merging is a union-find over a few thousand identities, awkward in SQL and instant here.
 */
export async function writeIdentities(
  connection: DuckDBConnection,
  repoId: string,
  file: IdentitiesFile,
): Promise<void> {
  const rows = resolveIdentities(repoId, await readIdentityEvidence(connection), file);
  const out = await TableAppender.open(connection, identities);
  try {
    for (const row of rows) out.append(row);
  } finally {
    out.close();
  }
}
