import { bool, double, int, text, timestamptz } from '../column.ts';
import { defineTable } from '../table.ts';

export const hotspotSummary = defineTable({
  name: 'hotspot_summary',
  doc: 'One row per repo and time window: how much changed, and how concentrated the change is (hotspot concentration: the share of the window’s file changes that land in the top 5% of files).',
  key: ['repo_id', 'time_window'],
  columns: {
    repo_id: text.required('Repo.'),
    time_window: text.required('`6m`, `1y` or `all`.'),
    is_configured: bool.required(
      'True for the window `diligent analyze --window` chose (default `1y`): the one `file_risk`, `directory_risk` and `red_flags` use.',
    ),
    since: timestamptz.nullable(
      'Start of the window (exclusive): the pinned commit’s date minus 6 or 12 months; NULL for `all`.',
    ),
    until: timestamptz.required('The pinned commit’s committer date.'),
    files: int.required('Files the people metrics look at (`file_ownership`).'),
    changed_files: int.required('Of those, files changed in the window (rows of `hotspots`).'),
    commits: int.required('Non-merge commits authored in the window.'),
    fix_commits: int.required('Of those, commits whose message marks a defect fix.'),
    file_changes: int.required('Σ `hotspots.window_commits`: changes to those files in the window.'),
    top_files: int.required('ceil(5% × `files`): how many files the top 5% holds.'),
    top_file_changes: int.required('Σ `window_commits` of the top `top_files` hotspots (`is_top`).'),
    concentration: double.nullable(
      '`top_file_changes` / `file_changes`: hotspot concentration; NULL when nothing changed.',
    ),
  },
});
