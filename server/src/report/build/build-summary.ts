import type { DealReader } from '@diligent/analyzers/store';
import { simulateDepartures, type TruckFactorResult } from '@diligent/analyzers/people';
import { toolVersion } from '@diligent/analyzers/version';
import { readKeyPeople } from '../../queries/key-people.ts';
import { readPersonStatus } from '../../queries/person-status.ts';
import { readReposById } from '../../queries/repos-by-id.ts';
import { readWarningsByKind } from '../../queries/warnings-by-kind.ts';
import { summaryVersion, type Summary } from '../schema/summary.ts';
import { shallowPenalty } from './area-grades.ts';
import { buildAppendix } from './build-appendix.ts';
import { buildArea } from './build-area.ts';
import { AreaData } from './area-data.ts';
import { buildPeopleSection, offboardingSubjects } from './build-people-section.ts';
import { buildTopRisks } from './build-top-risks.ts';
import { buildDetailTables } from './build-detail-tables.ts';
import { UnknownRepoError } from './unknown-repo-error.ts';

/**
 * Reads the whole summary from a deal. Nothing here depends on the clock: the same database gives
 * the same JSON, byte for byte, so its SHA-256 identifies the data a report was rendered from.
 */
export async function buildSummary(reader: DealReader, only: readonly string[] = []): Promise<Summary> {
  const repoRows = await selectRepos(reader, only);
  const repoIds = repoRows.map((r) => r.repo_id);
  const keyPeople = await readKeyPeople(reader, repoIds);
  const leaving = offboardingSubjects(keyPeople).map((p) => p.email);
  const simulation = await simulateDepartures(reader, repoIds, leaving);
  const people = new Map((await readPersonStatus(reader, repoIds)).map((p) => [p.person_id, p]));
  const warnings = await readWarningsByKind(reader, repoIds);
  const warningCount = (ids: readonly string[]) =>
    warnings.filter((w) => ids.includes(w.repo_id)).reduce((sum, w) => sum + w.count, 0) +
    shallowPenalty * repoRows.filter((r) => ids.includes(r.repo_id) && r.is_shallow).length;
  const tf = (repoId: string | null): TruckFactorResult | undefined =>
    simulation.truckFactors.find((t) => t.repoId === repoId)?.before;
  const data = await AreaData.read(reader, repoIds);
  const repos = repoRows.map((row) =>
    buildArea(data, {
      repoId: row.repo_id,
      name: row.name,
      truckFactor: tf(row.repo_id),
      people,
      warningCount: warningCount([row.repo_id]),
    }),
  );
  const dealTf = repoIds.length === 1 ? tf(repoIds[0] ?? null) : tf(null);
  const deal = buildArea(data, {
    repoId: null,
    name: 'Deal',
    truckFactor: dealTf,
    people,
    warningCount: warningCount(repoIds),
  });
  const { topRisks, hotspots } = await buildTopRisks(reader, repoIds);
  const firstCommits = new Map(repos.map((r) => [r.repoId ?? '', r.age.firstCommitAt]));
  return {
    schema: 'diligent-report',
    version: summaryVersion,
    toolVersion,
    asOf: latest(repoRows.map((r) => r.analyzed_at)),
    repoIds,
    deal,
    repos,
    topRisks,
    people: await buildPeopleSection(reader, repoIds, keyPeople, simulation),
    appendix: await buildAppendix(reader, repoRows, warnings, firstCommits),
    tables: await buildDetailTables(reader, repoIds, hotspots),
  };
}

async function selectRepos(reader: DealReader, only: readonly string[]) {
  const all = await readReposById(reader);
  const unknown = only.filter((id) => !all.some((r) => r.repo_id === id));
  if (unknown.length > 0)
    throw new UnknownRepoError(
      unknown,
      all.map((r) => r.repo_id),
    );
  if (all.length === 0) throw new UnknownRepoError([], []);
  return only.length === 0 ? all : all.filter((r) => only.includes(r.repo_id));
}

function latest(times: readonly Date[]): string | null {
  const max = Math.max(...times.map((t) => t.getTime()));
  return Number.isFinite(max) ? new Date(max).toISOString() : null;
}
