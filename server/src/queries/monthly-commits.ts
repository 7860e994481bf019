import { defineTable, int, text, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const monthlyCommits = defineTable({
  name: 'monthly_commits',
  doc: 'Query result: commits by people per month, the 24 months up to the latest pinned commit (empty months included).',
  key: ['month'],
  columns: {
    month: text.required('`YYYY-MM`.'),
    commits: int.required('Commits by people that month, summed over the repos.'),
  },
});

export const monthlyCommitsSql = `
WITH last AS (SELECT date_trunc('month', max(head_at) AT TIME ZONE 'UTC') AS m FROM repos WHERE ${inRepoIds}),
months AS (
  SELECT strftime(m - to_months(k), '%Y-%m') AS month FROM last, range(0, 24) AS t(k) WHERE m IS NOT NULL
)
SELECT months.month, coalesce(sum(a.commits), 0)::INTEGER AS commits
FROM months LEFT JOIN contributor_activity a ON a.month = months.month AND a.${inRepoIds}
GROUP BY months.month
ORDER BY months.month`;

export function readMonthlyCommits(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof monthlyCommits>[]> {
  return reader.rows(monthlyCommits, monthlyCommitsSql, repoIdsParam(repoIds));
}
