import { int, text } from '../column.ts';
import { defineTable } from '../table.ts';

export const contributorActivity = defineTable({
  name: 'contributor_activity',
  doc: 'People who authored or co-authored commits, per calendar month (UTC) of the author date; bots and AI assistants left out.',
  key: ['repo_id', 'month'],
  columns: {
    repo_id: text.required('Repo.'),
    month: text.required('`YYYY-MM`.'),
    contributors: int.required('Distinct people with a commit that month.'),
    commits: int.required('Commits by people that month, merges included.'),
  },
});
