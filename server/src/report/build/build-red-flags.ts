import type { RowOf } from '@diligent/analyzers/schema';
import type { reportRedFlag } from '../../queries/report-red-flags.ts';
import type { AreaSummary } from '../schema/summary.ts';
import type { AreaData } from './area-data.ts';
import { notRisked } from './build-area.ts';

type FlagRow = RowOf<typeof reportRedFlag>;

/** A repo's red flags, when the risk stage ran on it (none raised is then a finding too). */
export function repoRedFlags(
  data: AreaData,
  flags: readonly FlagRow[],
  repoId: string,
): AreaSummary['redFlags'] {
  if (!data.riskRan(repoId)) return { available: false, reason: notRisked };
  return available(flags.filter((f) => f.repo_id === repoId));
}

/**
 * Deal-wide flags are computed over every repo of the database when it is opened: they describe
 * the report's deal only when the report covers them all, and every one of them was risk-analyzed.
 */
export function dealRedFlags(
  data: AreaData,
  flags: readonly FlagRow[],
  repoIds: readonly string[],
  allRepoIds: readonly string[],
): AreaSummary['redFlags'] {
  if (repoIds.length < allRepoIds.length)
    return {
      available: false,
      reason: `Deal-wide red flags cover every repo of the database; this report covers ${repoIds.length} of ${allRepoIds.length}.`,
    };
  if (!repoIds.every((id) => data.riskRan(id))) return { available: false, reason: notRisked };
  return available(flags.filter((f) => f.repo_id === null));
}

function available(flags: readonly FlagRow[]): AreaSummary['redFlags'] {
  return {
    available: true,
    source: 'red_flags',
    data: flags.map((f) => ({ code: f.code, severity: f.severity, subject: f.subject, reason: f.message })),
  };
}
