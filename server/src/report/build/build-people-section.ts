import type { Static } from '@sinclair/typebox';
import type { DealReader } from '@diligent/analyzers/store';
import type { DepartureSimulation } from '@diligent/analyzers/people';
import type { keyPerson } from '../../queries/key-people.ts';
import { readKnowledgeConcentration } from '../../queries/knowledge-concentration.ts';
import { readOrphanedScopes } from '../../queries/orphaned-scopes.ts';
import type { RowOf } from '@diligent/analyzers/schema';
import type { PeopleSection } from '../schema/people.ts';
import { reportLimits } from './thresholds.ts';

type KeyPersonRow = RowOf<typeof keyPerson>;

/** The two active people who know the most across the deal: the off-boarding scenario's subjects. */
export function offboardingSubjects(people: readonly KeyPersonRow[]): KeyPersonRow[] {
  return people.filter((p) => p.status === 'active').slice(0, 2);
}

export async function buildPeopleSection(
  reader: DealReader,
  repoIds: readonly string[],
  keyPeople: readonly KeyPersonRow[],
  simulation: DepartureSimulation,
): Promise<Static<typeof PeopleSection>> {
  const concentration = await readKnowledgeConcentration(reader, repoIds);
  const orphaned = await readOrphanedScopes(reader, repoIds, reportLimits.orphanedDirectories);
  return {
    keyPeople: keyPeople.slice(0, reportLimits.keyPeople).map((p, i) => ({
      rank: i + 1,
      personId: p.person_id,
      name: p.name,
      status: p.status,
      repos: p.repos,
      knowledge: round(p.knowledge),
      filesAuthored: p.files_authored,
      hotspotFilesAuthored: p.hotspot_files_authored,
      lastCommitAt: p.last_commit_at?.toISOString() ?? null,
    })),
    concentration: concentration.map((c) => ({
      repoId: c.repo_id,
      people: c.people,
      top1Share: round(c.top1_share),
      top3Share: round(c.top3_share),
    })),
    orphaned: orphaned.map((o) => ({
      repoId: o.repo_id,
      scope: o.scope,
      files: o.file_count,
      orphanedFiles: o.orphaned_files,
      lines: o.line_count,
      orphanedLines: o.orphaned_lines,
    })),
    offboarding: offboarding(keyPeople, simulation),
  };
}

function offboarding(keyPeople: readonly KeyPersonRow[], simulation: DepartureSimulation) {
  return {
    leaving: offboardingSubjects(keyPeople).map((p) => ({ personId: p.person_id, name: p.name })),
    truckFactors: simulation.truckFactors.map((t) => ({
      repoId: t.repoId,
      before: t.before.truckFactor,
      after: t.after.truckFactor,
    })),
    impacts: simulation.impacts
      .filter((i) => i.scope === 'repo' || i.scope.split('/').length === 2)
      .map((i) => ({
        repoId: i.repo_id,
        scope: i.scope,
        files: i.file_count,
        lines: i.line_count,
        orphanedFilesBefore: i.orphaned_files_before,
        orphanedFilesAfter: i.orphaned_files_after,
        orphanedLinesBefore: i.orphaned_lines_before,
        orphanedLinesAfter: i.orphaned_lines_after,
      })),
  };
}

/** Shares and knowledge to 4 decimals: enough to read, stable to compare. */
export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
