import { analysisWarnings, dependencies, licenses } from '../schema/index.ts';
import type { RepoDatabaseWriter } from '../store/index.ts';
import type { RepoAccess } from '../repo-access/repo-access.ts';
import type { TreeEntry } from '../tree/list-tree.ts';
import { findLicenses } from '../licenses/find-licenses.ts';
import { insertDependencyLicenses } from '../licenses/insert-dependency-licenses.ts';
import { insertLicenseFindings } from '../licenses/insert-license-findings.ts';
import { inventory } from './inventory.ts';
import { readManifests } from './read-manifests.ts';
import { readVendoredPaths } from './read-vendored-paths.ts';
import type { StageContext } from './stage-context.ts';

export interface DependencyStageInput {
  writer: RepoDatabaseWriter;
  repoId: string;
  access: RepoAccess;
  entries: readonly TreeEntry[];
}

/**
 * Writes `dependencies`, `licenses` and `license_findings` from the pinned tree. Runs after the
 * measurement rows are flushed (it reads which files are vendored from `files`); returns the
 * number of warnings it wrote.
 */
export async function writeDependencyTables(input: DependencyStageInput): Promise<number> {
  const { writer, repoId } = input;
  const warnings = await writer.appender(analysisWarnings);
  let warningCount = 0;
  const ctx: StageContext = {
    ...input,
    entries: input.entries.filter((e) => e.kind === 'file' || e.kind === 'executable'),
    vendored: await readVendoredPaths(writer.connection, repoId),
    warn: (w) => {
      warningCount += 1;
      warnings.append({ repo_id: repoId, ...w });
    },
  };
  const manifests = await readManifests(ctx);
  const dependencyRows = await writer.appender(dependencies);
  for (const row of inventory(repoId, manifests)) dependencyRows.append(row);
  const licenseRows = await writer.appender(licenses);
  for (const row of await findLicenses(ctx, manifests)) licenseRows.append(row);
  writer.closeAppenders();
  await insertDependencyLicenses(writer.connection);
  await insertLicenseFindings(writer.connection);
  return warningCount;
}
