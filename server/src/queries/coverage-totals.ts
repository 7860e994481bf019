import { defineTable, int, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const coverageTotals = defineTable({
  name: 'coverage_totals',
  doc: 'Query result: tests and coverage of some repos (their `coverage_rollup` root rows summed).',
  key: [],
  columns: {
    repos: int.required('Repos with a coverage rollup (0: coverage was not analyzed).'),
    source_files: int.required('Code files that are not tests.'),
    reported_files: int.required('Source files with coverage from a report (measured).'),
    reached_files: int.required('Source files a test file reaches (estimate).'),
    unreached_files: int.required('Source files with neither a report nor a test reaching them.'),
    lines_found: int.required('Instrumented lines of the reported files.'),
    lines_hit: int.required('Of those, lines executed.'),
  },
});

export const coverageTotalsSql = `
SELECT count(*)::INTEGER AS repos, coalesce(sum(source_files), 0)::INTEGER AS source_files,
  coalesce(sum(reported_files), 0)::INTEGER AS reported_files,
  coalesce(sum(reached_files), 0)::INTEGER AS reached_files,
  coalesce(sum(unreached_files), 0)::INTEGER AS unreached_files,
  coalesce(sum(lines_found), 0)::INTEGER AS lines_found, coalesce(sum(lines_hit), 0)::INTEGER AS lines_hit
FROM coverage_rollup WHERE ${inRepoIds} AND directory = ''`;

export async function readCoverageTotals(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof coverageTotals> | undefined> {
  return (await reader.rows(coverageTotals, coverageTotalsSql, repoIdsParam(repoIds)))[0];
}
