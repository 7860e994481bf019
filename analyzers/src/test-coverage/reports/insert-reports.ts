import type { RepoAccess } from '../../repo-access/repo-access.ts';
import type { RepoDatabaseWriter } from '../../store/index.ts';
import type { TreeEntry } from '../../tree/list-tree.ts';
import { committedReports } from './committed-reports.ts';
import { createLastChange } from './last-change.ts';
import { markStale } from './mark-stale.ts';
import { cliInput, committedInput, type ReportInput } from './report-input.ts';
import { ReportPathMapper } from './report-path-mapper.ts';
import { ReportWriter } from './report-writer.ts';

/** `--coverage FILE...`, and the time they were made when not their modification time. */
export interface CoverageFiles {
  files: readonly string[];
  time?: Date | undefined;
}

export interface ReportScope {
  access: RepoAccess;
  entries: readonly TreeEntry[];
  coverage: CoverageFiles | undefined;
}

/**
 * Reads every committed report, then every `--coverage` file, one at a time, into
 * `file_coverage`, `coverage_unmapped` and `coverage_reports`, and marks stale rows. Returns the
 * number of warnings written.
 */
export async function insertReports(
  writer: RepoDatabaseWriter,
  repoId: string,
  scope: ReportScope,
): Promise<number> {
  const connection = writer.connection;
  await createLastChange(connection);
  const regular = scope.entries.filter((e) => e.kind === 'file' || e.kind === 'executable');
  const out = await ReportWriter.open(writer, repoId, new ReportPathMapper(regular.map((e) => e.path)));
  const inputs: Array<() => Promise<ReportInput>> = [
    ...committedReports(regular).map((report) => () => committedInput(report, scope.access, connection)),
    ...(scope.coverage?.files ?? []).map((file) => () => cliInput(file, scope.coverage?.time)),
  ];
  for (const input of inputs) await out.read(await input());
  writer.closeAppenders();
  await markStale(connection);
  return out.warningCount;
}
