import { bigint, bool, double, int, text } from '../column.ts';
import { defineTable } from '../table.ts';

export const hotspots = defineTable({
  name: 'hotspots',
  doc: 'Hotspots (Tornhill): change frequency in a time window × complexity, for every file the people metrics look at that changed in the window, renames followed. Stored for each standard window (`6m`, `1y`, `all`) so a reader can switch windows without recomputing (docs/metrics.md, “Hotspots”).',
  key: ['repo_id', 'time_window', 'path'],
  columns: {
    repo_id: text.required('Repo the file belongs to.'),
    time_window: text.required(
      '`6m`, `1y` (months before the pinned commit) or `all` (the whole history). Not `window`: a reserved word in DuckDB.',
    ),
    path: text.required('Path at the pinned commit.'),
    window_commits: int.required(
      'Non-merge commits that changed the file in the window, under any of its paths (renames followed).',
    ),
    fix_commits: int.required('Of those, commits whose message marks a defect fix (docs/metrics.md).'),
    authors: int.required('Distinct people credited with those commits (bots and AI assistants left out).'),
    complexity: int.required(
      'Sum of the cyclomatic complexity of its functions; its code lines when its language has no complexity analyzer.',
    ),
    complexity_source: text.required('`cyclomatic` or `lines`: what `complexity` counts.'),
    code_lines: int.required('Code lines (`files.code_lines`; 0 when not counted).'),
    hotspot: bigint.required('`window_commits` × `complexity`.'),
    score: double.required('`hotspot` over the highest `hotspot` of the repo in the window, × 100.'),
    rank: int.required('1 for the top hotspot of the repo in the window (ties: more commits, then path).'),
    is_top: bool.required(
      'Among the top 5% of the repo’s files by `rank` (ceil(5% × files)), the set hotspot concentration measures.',
    ),
    sum_of_coupling: int.required(
      'code-maat’s sum of coupling in the window: Σ over its commits touching at most 30 files of (files in the commit − 1).',
    ),
    coupled_files: int.required('Files it is coupled to in the window (rows of `coupling`).'),
  },
});
