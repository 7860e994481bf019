import type { DuckDBConnection } from '@duckdb/node-api';
import type { RepoDatabaseWriter } from '../store/index.ts';
import { emptyIdentitiesFile, type IdentitiesFile } from './identities/identities-file.ts';
import { writeIdentities } from './identities/write-identities.ts';
import { insertAiAssistedCommits } from './insert/insert-ai-assisted-commits.ts';
import { insertContributorActivity } from './insert/insert-contributor-activity.ts';
import { insertFileAuthorship } from './insert/insert-file-authorship.ts';
import { insertFileOwnership } from './insert/insert-file-ownership.ts';
import { insertOrphanedCode } from './insert/insert-orphaned-code.ts';
import { insertPeople } from './insert/insert-people.ts';
import { insertPeopleSummary } from './insert/insert-people-summary.ts';
import { dropPeopleTempTables } from './prepare/drop-people-temp-tables.ts';
import { createCommitOrder } from './prepare/commit-order.ts';
import { createFileHistory } from './prepare/file-history.ts';
import { createFileLineage } from './prepare/file-lineage.ts';
import { createKnowledgeFiles } from './prepare/knowledge-files.ts';
import { createPeopleContext } from './prepare/people-context.ts';
import { createPeopleCredits } from './prepare/people-credits.ts';
import { createPersonActivity } from './prepare/person-activity.ts';
import { writeTruckFactors } from './truck-factor/write-truck-factors.ts';

export interface PeopleOptions {
  /** A person with no commit in this many months before the pinned commit is `former`. */
  activeMonths: number;
  identities?: IdentitiesFile | undefined;
  /**
   * A later stage that reads this one's working tables (`people_files`, `people_file_history`,
   * `people_credits`, ...): it runs after the people tables are written and before those are dropped,
   * so file histories with renames followed are built once.
   */
  afterPeople?: ((connection: DuckDBConnection) => Promise<void>) | undefined;
}

export const defaultActiveMonths = 6;

/**
 * Writes the people tables of a repo from its history (commits, co-authors, file changes, the
 * pinned tree), which must be complete: call after `insertAuthors`. Everything but identity merging
 * and the greedy truck-factor loop is SQL on the repo's own connection.
 */
export async function writePeopleTables(
  writer: RepoDatabaseWriter,
  repoId: string,
  options: PeopleOptions,
): Promise<void> {
  const connection = writer.connection;
  await writeIdentities(connection, repoId, options.identities ?? emptyIdentitiesFile);
  try {
    await prepare(connection, options.activeMonths);
    await insertKnowledge(connection, repoId);
    await options.afterPeople?.(connection);
  } finally {
    await dropPeopleTempTables(connection);
  }
}

async function prepare(connection: DuckDBConnection, activeMonths: number): Promise<void> {
  await createPeopleContext(connection, activeMonths);
  await createPeopleCredits(connection);
  await createKnowledgeFiles(connection);
  await createCommitOrder(connection);
  await createFileLineage(connection);
  await createFileHistory(connection);
  await createPersonActivity(connection);
}

async function insertKnowledge(connection: DuckDBConnection, repoId: string): Promise<void> {
  await insertFileAuthorship(connection, repoId);
  await insertFileOwnership(connection, repoId);
  await insertPeople(connection, repoId);
  await writeTruckFactors(connection, repoId);
  await insertOrphanedCode(connection, repoId);
  await insertContributorActivity(connection, repoId);
  await insertAiAssistedCommits(connection, repoId);
  await insertPeopleSummary(connection, repoId);
}
