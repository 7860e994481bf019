import { defineTable, int, text } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';

export const monthlyChangeRow = defineTable({
  name: 'monthly_change',
  doc: 'Changes to one file per calendar month (UTC) of commit time.',
  key: ['month'],
  columns: {
    month: text.required('`YYYY-MM`.'),
    commits: int.required('Non-merge commits that changed the file that month.'),
    added: int.required('Lines added.'),
    deleted: int.required('Lines deleted.'),
  },
});

export const fileMonthlyChangesQuery = defineQuery<typeof monthlyChangeRow, { repo: string; path: string }>(
  monthlyChangeRow,
  `
SELECT strftime(c.committed_at AT TIME ZONE 'UTC', '%Y-%m') AS month, count(*)::INTEGER AS commits,
  coalesce(sum(fc.added), 0)::INTEGER AS added, coalesce(sum(fc.deleted), 0)::INTEGER AS deleted
FROM file_changes fc JOIN commits c ON c.repo_id = fc.repo_id AND c.sha = fc.sha
WHERE fc.repo_id = $repo AND fc.path = $path AND NOT c.is_merge AND c.committed_at IS NOT NULL
GROUP BY month ORDER BY month`,
);
