import { defineTable, int, text } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';

export const trendRow = defineTable({
  name: 'trend_month',
  doc: 'One calendar month (UTC) of a repo’s history.',
  key: ['month'],
  columns: {
    month: text.required('`YYYY-MM`.'),
    commits: int.required('Non-merge commits.'),
    contributors: int.required('People who committed (`contributor_activity`).'),
    added: int.required('Lines added.'),
    deleted: int.required('Lines deleted.'),
  },
});

export const repoTrendsQuery = defineQuery<typeof trendRow, { repo: string }>(
  trendRow,
  `
WITH lines AS (
  SELECT strftime(c.committed_at AT TIME ZONE 'UTC', '%Y-%m') AS month, count(DISTINCT c.sha)::INTEGER AS commits,
    coalesce(sum(fc.added), 0)::INTEGER AS added, coalesce(sum(fc.deleted), 0)::INTEGER AS deleted
  FROM commits c LEFT JOIN file_changes fc ON fc.repo_id = c.repo_id AND fc.sha = c.sha
  WHERE c.repo_id = $repo AND NOT c.is_merge AND c.committed_at IS NOT NULL
  GROUP BY month
)
SELECT l.month, l.commits, coalesce(a.contributors, 0)::INTEGER AS contributors, l.added, l.deleted
FROM lines l LEFT JOIN contributor_activity a ON a.repo_id = $repo AND a.month = l.month
ORDER BY l.month`,
);
