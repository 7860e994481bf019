import { bigint, double, int, text } from '../column.ts';
import { defineTable } from '../table.ts';

export const trends = defineTable({
  name: 'trends',
  doc: 'Monthly series per repo, by calendar month (UTC) of the author date, from the first month with a commit to the last; months without commits are rows of zeros (docs/metrics.md, “Trends”).',
  key: ['repo_id', 'month'],
  columns: {
    repo_id: text.required('Repo.'),
    month: text.required('`YYYY-MM`.'),
    commits: int.required('Commits, merges included.'),
    non_merge_commits: int.required('Non-merge commits.'),
    fix_commits: int.required('Non-merge commits whose message marks a defect fix.'),
    active_authors: int.required('People with a commit that month (`contributor_activity.contributors`).'),
    lines_added: bigint.required('Lines added (`file_changes`, every path, binary changes left out).'),
    lines_deleted: bigint.required('Lines deleted.'),
    files_changed: int.required('Distinct paths changed.'),
    complexity_added: double.required(
      'Estimated cyclomatic complexity added: Σ lines added to files still present at the pinned commit × that file’s cyclomatic complexity per code line today (docs/metrics.md).',
    ),
  },
});
