import type { RowOf } from '@diligent/analyzers/schema';
import type { coverageTotals } from '../../queries/coverage-totals.ts';
import type { AreaSummary } from '../schema/summary.ts';

/**
 * Measured and estimated coverage kept apart: line coverage only from reports, the estimate only
 * as the share of source files a test reaches.
 */
export function buildCoverage(
  totals: RowOf<typeof coverageTotals> | undefined,
  repoCount: number,
): AreaSummary['coverage'] {
  if (!totals)
    return {
      available: false,
      reason: 'Test coverage was not analyzed: the repos have no coverage_rollup rows.',
    };
  const estimated = totals.source_files - totals.reported_files - totals.unreached_files;
  return {
    available: true,
    source:
      totals.repos === repoCount
        ? 'coverage_rollup'
        : `coverage_rollup (${totals.repos} of ${repoCount} repos)`,
    data: {
      measuredFiles: totals.reported_files,
      estimatedFiles: estimated,
      untestedFiles: totals.unreached_files,
      measuredLineCoverage: totals.lines_found === 0 ? null : totals.lines_hit / totals.lines_found,
      estimatedTestedShare: totals.source_files === 0 ? null : totals.reached_files / totals.source_files,
    },
  };
}

/** The number the testing grade reads: measured when a report covered any file, else the estimate. */
export function testingValue(coverage: AreaSummary['coverage']): { value: number | null; basis: string } {
  if (!coverage.available) return { value: null, basis: 'coverage not analyzed' };
  const { measuredLineCoverage, estimatedTestedShare } = coverage.data;
  if (measuredLineCoverage !== null) return { value: measuredLineCoverage, basis: 'measured' };
  return { value: estimatedTestedShare, basis: 'estimated' };
}
