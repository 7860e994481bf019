import { defineTable, int, text, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const monthlyCommits = defineTable({
  name: 'monthly_commits',
  doc: 'Query result: commits by people per month, the 24 months up to the pinned commit (empty months included), per repo and for the repos given taken together (`repo_id` NULL, up to the latest pinned commit).',
  key: ['repo_id', 'month'],
  columns: {
    repo_id: text.nullable('Repo; NULL for the repos given taken together.'),
    month: text.required('`YYYY-MM`.'),
    commits: int.required('Commits by people that month.'),
  },
});

export const monthlyCommitsSql = `
WITH heads AS (
  SELECT repo_id, date_trunc('month', head_at AT TIME ZONE 'UTC') AS m FROM repos WHERE ${inRepoIds}
),
scopes AS (SELECT repo_id, m FROM heads UNION ALL SELECT NULL, max(m) FROM heads HAVING count(*) > 0),
months AS (SELECT repo_id, strftime(m - to_months(k), '%Y-%m') AS month FROM scopes, range(0, 24) AS t(k)),
activity AS (
  SELECT repo_id, month, sum(commits) AS commits
  FROM contributor_activity WHERE ${inRepoIds} GROUP BY GROUPING SETS ((repo_id, month), (month))
)
SELECT months.repo_id, months.month, coalesce(a.commits, 0)::INTEGER AS commits
FROM months LEFT JOIN activity a ON a.repo_id IS NOT DISTINCT FROM months.repo_id AND a.month = months.month
ORDER BY months.repo_id NULLS FIRST, months.month`;

export function readMonthlyCommits(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof monthlyCommits>[]> {
  return reader.rows(monthlyCommits, monthlyCommitsSql, repoIdsParam(repoIds));
}
