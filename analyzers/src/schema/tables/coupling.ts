import { double, int, text } from '../column.ts';
import { defineTable } from '../table.ts';

export const coupling = defineTable({
  name: 'coupling',
  doc: 'Change coupling between two files (code-maat `coupling`): over the window’s non-merge commits touching at most 30 files, pairs with at least 5 shared commits and a degree of at least 30%. Renames followed; only files of `file_ownership`. One row per pair (`path_a` < `path_b`) and time window.',
  key: ['repo_id', 'time_window', 'path_a', 'path_b'],
  columns: {
    repo_id: text.required('Repo.'),
    time_window: text.required('`6m`, `1y` or `all`.'),
    path_a: text.required('One file (the smaller path).'),
    path_b: text.required('The other file.'),
    shared_commits: int.required('Commits (of at most 30 files) that changed both.'),
    commits_a: int.required('Commits (of at most 30 files) that changed `path_a`.'),
    commits_b: int.required('Commits (of at most 30 files) that changed `path_b`.'),
    average_commits: double.required('(`commits_a` + `commits_b`) / 2.'),
    degree: int.required('int(100 × `shared_commits` / `average_commits`), as code-maat prints it.'),
    component_a: text.required('Component of `path_a` (its directory, two levels at most; `.` at the root).'),
    component_b: text.required('Component of `path_b`.'),
  },
});
