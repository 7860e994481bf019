import type { TruckFactorResult } from '@diligent/analyzers/people';
import type { AreaSummary } from '../schema/summary.ts';
import { activityTrend } from './activity-trend.ts';
import { areaGrades } from './area-grades.ts';
import { buildCoverage } from './build-coverage.ts';
import type { AreaData } from './area-data.ts';

export interface AreaScope {
  repoId: string | null;
  name: string;
  truckFactor: TruckFactorResult | undefined;
  people: ReadonlyMap<string, { name: string; status: string }>;
  warningCount: number;
  redFlags: AreaSummary['redFlags'];
}

/** The executive summary of one repo, or of several taken together (the deal). */
export function buildArea(data: AreaData, scope: AreaScope): AreaSummary {
  const key = scope.repoId;
  const languages = data.languagesOf(key);
  const history = data.historyOf(key);
  const monthly = data.monthsOf(key);
  const contributors = data.contributorsOf(key) ?? { people: 0, active: 0, active_last_90_days: 0 };
  const owned = data.ownershipOf(key);
  const recent = history?.commits_last_6_months ?? 0;
  const previous = history?.commits_previous_6_months ?? 0;
  const area: Omit<AreaSummary, 'grades'> = {
    repoId: scope.repoId,
    name: scope.name,
    size: {
      files: history?.files ?? 0,
      codeLines: languages.reduce((sum, l) => sum + l.code_lines, 0),
      languages: languages.map((l) => ({ language: l.language, files: l.files, codeLines: l.code_lines })),
    },
    age: {
      firstCommitAt: history?.first_commit_at?.toISOString() ?? null,
      lastCommitAt: history?.last_commit_at?.toISOString() ?? null,
      years: yearsBetween(history?.first_commit_at ?? null, history?.last_commit_at ?? null),
      commits: history?.commits ?? 0,
    },
    activity: {
      commitsLast6Months: recent,
      commitsPrevious6Months: previous,
      trend: activityTrend(recent, previous),
      monthly: monthly.map((m) => ({ month: m.month, commits: m.commits })),
    },
    contributors: {
      people: contributors.people,
      active: contributors.active,
      former: contributors.people - contributors.active,
      activeLast90Days: contributors.active_last_90_days,
    },
    truckFactor: {
      value: scope.truckFactor?.truckFactor ?? null,
      files: scope.truckFactor?.fileCount ?? 0,
      people: (scope.truckFactor?.people ?? []).map((id) => ({
        personId: id,
        name: scope.people.get(id)?.name ?? id,
        status: scope.people.get(id)?.status ?? 'former',
      })),
    },
    coverage: buildCoverage(data.coverageOf(key), key === null ? data.repoCount : 1),
    hotspots: hotspotsOf(data, key),
    orphaned: {
      lines: owned?.lines ?? 0,
      orphanedLines: owned?.orphaned_lines ?? 0,
      files: owned?.files ?? 0,
      orphanedFiles: owned?.orphaned_files ?? 0,
    },
    dependencies: dependenciesOf(data, key),
    redFlags: scope.redFlags,
  };
  return { ...area, grades: areaGrades(area, scope.warningCount) };
}

function hotspotsOf(data: AreaData, key: string | null): AreaSummary['hotspots'] {
  const row = data.concentrationOf(key);
  if (!row) return { available: false, reason: notRisked };
  return {
    available: true,
    source: 'hotspot_summary',
    data: {
      window: row.time_window,
      files: row.files,
      topFiles: row.top_files,
      fileChanges: row.file_changes,
      topFileChanges: row.top_file_changes,
      concentration: row.concentration,
    },
  };
}

function dependenciesOf(data: AreaData, key: string | null): AreaSummary['dependencies'] {
  const row = data.dependenciesOf(key);
  return {
    dependencies: row?.dependencies ?? 0,
    direct: row?.direct ?? 0,
    ecosystems: row?.ecosystems ?? 0,
    licenseFindings: {
      high: row?.findings_high ?? 0,
      medium: row?.findings_medium ?? 0,
      low: row?.findings_low ?? 0,
    },
  };
}

export const notRisked =
  'The risk stage did not run on this data (no hotspot_summary rows: analyzed by an older version).';

function yearsBetween(from: Date | null, to: Date | null): number {
  if (!from || !to) return 0;
  return Math.round(((to.getTime() - from.getTime()) / (365.25 * 86_400_000)) * 10) / 10;
}
