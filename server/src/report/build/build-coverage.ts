import type { DealReader } from '@diligent/analyzers/store';
import { readCoverageTotals } from '../../queries/coverage-totals.ts';
import type { AreaSummary } from '../schema/summary.ts';

/**
 * Measured and estimated coverage kept apart: line coverage only from reports, the estimate only
 * as the share of source files a test reaches.
 */
export async function buildCoverage(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<AreaSummary['coverage']> {
  const totals = await readCoverageTotals(reader, repoIds);
  if (!totals || totals.repos === 0)
    return {
      available: false,
      reason: 'Test coverage was not analyzed: the repos have no coverage_rollup rows.',
    };
  const estimated = totals.source_files - totals.reported_files - totals.unreached_files;
  return {
    available: true,
    source: 'coverage_rollup',
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
