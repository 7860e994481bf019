import { defineTable, int, text } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';
import { fileMonths } from './file-months-table.ts';

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
SELECT month, commits, added, deleted FROM ${fileMonths.name}
WHERE repo_id = $repo AND path = $path AND month IS NOT NULL
ORDER BY month`,
);
