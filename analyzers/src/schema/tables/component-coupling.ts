import { double, int, text } from '../column.ts';
import { defineTable } from '../table.ts';

export const componentCoupling = defineTable({
  name: 'component_coupling',
  doc: 'Architectural change coupling (code-maat with a component mapping): files are mapped to components (their directory, two levels at most) and the same coupling rules run on components. One row per component pair and time window.',
  key: ['repo_id', 'time_window', 'component_a', 'component_b'],
  columns: {
    repo_id: text.required('Repo.'),
    time_window: text.required('`6m`, `1y` or `all`.'),
    component_a: text.required('One component (the smaller name; `.` is the root).'),
    component_b: text.required('The other component.'),
    shared_commits: int.required('Commits (of at most 30 files) that changed both components.'),
    commits_a: int.required('Commits (of at most 30 files) that changed `component_a`.'),
    commits_b: int.required('Commits (of at most 30 files) that changed `component_b`.'),
    average_commits: double.required('(`commits_a` + `commits_b`) / 2.'),
    degree: int.required('int(100 × `shared_commits` / `average_commits`).'),
    file_pairs: int.required('Coupled file pairs (`coupling`) between the two components in the window.'),
  },
});
