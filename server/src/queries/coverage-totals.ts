import { defineTable, int, text, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const coverageTotals = defineTable({
  name: 'coverage_totals',
  doc: 'Query result: tests and coverage of a repo, or of the repos given taken together (`repo_id` NULL): their `coverage_rollup` root rows summed.',
  key: ['repo_id'],
  columns: {
    repo_id: text.nullable('Repo; NULL for the repos given taken together.'),
    repos: int.required('Repos with a coverage rollup.'),
    source_files: int.required('Code files that are not tests.'),
    reported_files: int.required('Source files with coverage from a report (measured).'),
    reached_files: int.required('Source files a test file reaches (estimate).'),
    unreached_files: int.required('Source files with neither a report nor a test reaching them.'),
    lines_found: int.required('Instrumented lines of the reported files.'),
    lines_hit: int.required('Of those, lines executed.'),
  },
});

/** A repo without a rollup row (analyzed before coverage existed) has no row here. */
export const coverageTotalsSql = `
SELECT repo_id, count(*)::INTEGER AS repos, sum(source_files)::INTEGER AS source_files,
  sum(reported_files)::INTEGER AS reported_files, sum(reached_files)::INTEGER AS reached_files,
  sum(unreached_files)::INTEGER AS unreached_files, sum(lines_found)::INTEGER AS lines_found,
  sum(lines_hit)::INTEGER AS lines_hit
FROM coverage_rollup WHERE ${inRepoIds} AND directory = ''
GROUP BY GROUPING SETS ((repo_id), ()) HAVING count(*) > 0
ORDER BY repo_id NULLS FIRST`;

export function readCoverageTotals(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof coverageTotals>[]> {
  return reader.rows(coverageTotals, coverageTotalsSql, repoIdsParam(repoIds));
}
