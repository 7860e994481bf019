import type { DealReader } from '@diligent/analyzers/store';
import type { RowOf, repos as reposTable } from '@diligent/analyzers/schema';
import { simulateDepartures, type DepartureSimulation } from '@diligent/analyzers/people';
import { toolVersion } from '@diligent/analyzers/version';
import { readKeyPeople } from '../../queries/key-people.ts';
import { readPersonStatus } from '../../queries/person-status.ts';
import { readReportRedFlags } from '../../queries/report-red-flags.ts';
import { readReposById } from '../../queries/repos-by-id.ts';
import { readWarningsByKind, type warningKind } from '../../queries/warnings-by-kind.ts';
import { summaryVersion, type AreaSummary, type Summary } from '../schema/summary.ts';
import { AreaData } from './area-data.ts';
import { shallowPenalty } from './area-grades.ts';
import { buildAppendix } from './build-appendix.ts';
import { buildArea } from './build-area.ts';
import { buildDetailTables } from './build-detail-tables.ts';
import { buildPeopleSection, offboardingSubjects } from './build-people-section.ts';
import { dealRedFlags, repoRedFlags } from './build-red-flags.ts';
import { buildTopRisks } from './build-top-risks.ts';
import { UnknownRepoError } from './unknown-repo-error.ts';

type RepoRow = RowOf<typeof reposTable>;

/**
 * Reads the whole summary from a deal. Nothing here depends on the clock: the same database gives
 * the same JSON, byte for byte, so its SHA-256 identifies the data a report was rendered from.
 */
export async function buildSummary(reader: DealReader, only: readonly string[] = []): Promise<Summary> {
  const { all, repoRows } = await selectRepos(reader, only);
  const repoIds = repoRows.map((r) => r.repo_id);
  const keyPeople = await readKeyPeople(reader, repoIds);
  const simulation = await simulateDepartures(
    reader,
    repoIds,
    offboardingSubjects(keyPeople).map((p) => p.email),
  );
  const warnings = await readWarningsByKind(reader, repoIds);
  const { deal, repos } = await buildAreas(reader, repoRows, all, simulation, warnings);
  return {
    schema: 'diligent-report',
    version: summaryVersion,
    toolVersion,
    asOf: latest(repoRows.map((r) => r.analyzed_at)),
    repoIds,
    deal,
    repos,
    topRisks: await buildTopRisks(reader, repoIds),
    people: await buildPeopleSection(reader, repoIds, keyPeople, simulation),
    appendix: await buildAppendix(
      reader,
      repoRows,
      warnings,
      new Map(repos.map((r) => [r.repoId ?? '', r.age.firstCommitAt])),
    ),
    tables: await buildDetailTables(reader, repoIds),
  };
}

/** The executive summary of each repo and of the deal, from one read of every area query. */
async function buildAreas(
  reader: DealReader,
  repoRows: readonly RepoRow[],
  all: readonly RepoRow[],
  simulation: DepartureSimulation,
  warnings: readonly RowOf<typeof warningKind>[],
): Promise<{ deal: AreaSummary; repos: AreaSummary[] }> {
  const repoIds = repoRows.map((r) => r.repo_id);
  const data = await AreaData.read(reader, repoIds);
  const flags = await readReportRedFlags(reader, repoIds);
  const people = new Map((await readPersonStatus(reader, repoIds)).map((p) => [p.person_id, p]));
  const warningCount = (ids: readonly string[]) =>
    warnings.filter((w) => ids.includes(w.repo_id)).reduce((sum, w) => sum + w.count, 0) +
    shallowPenalty * repoRows.filter((r) => ids.includes(r.repo_id) && r.is_shallow).length;
  const tf = (repoId: string | null) => simulation.truckFactors.find((t) => t.repoId === repoId)?.before;
  const repos = repoRows.map((row) =>
    buildArea(data, {
      repoId: row.repo_id,
      name: row.name,
      truckFactor: tf(row.repo_id),
      people,
      warningCount: warningCount([row.repo_id]),
      redFlags: repoRedFlags(data, flags, row.repo_id),
    }),
  );
  const deal = buildArea(data, {
    repoId: null,
    name: 'Deal',
    truckFactor: tf(repoIds.length === 1 ? (repoIds[0] ?? null) : null),
    people,
    warningCount: warningCount(repoIds),
    redFlags: dealRedFlags(
      data,
      flags,
      repoIds,
      all.map((r) => r.repo_id),
    ),
  });
  return { deal, repos };
}

async function selectRepos(reader: DealReader, only: readonly string[]) {
  const all = await readReposById(reader);
  const ids = all.map((r) => r.repo_id);
  const unknown = only.filter((id) => !ids.includes(id));
  if (unknown.length > 0 || all.length === 0) throw new UnknownRepoError(unknown, ids);
  return { all, repoRows: only.length === 0 ? all : all.filter((r) => only.includes(r.repo_id)) };
}

function latest(times: readonly Date[]): string | null {
  const max = Math.max(...times.map((t) => t.getTime()));
  return Number.isFinite(max) ? new Date(max).toISOString() : null;
}
