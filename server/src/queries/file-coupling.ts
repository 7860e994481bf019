import { coupling, defineTable, text } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';

export const coupledFileRow = defineTable({
  name: 'coupled_file',
  doc: 'A file coupled to a given one in the configured window (`coupling`, code-maat rules).',
  key: ['path'],
  columns: {
    path: text.required('The other file.'),
    shared_commits: coupling.columns.shared_commits,
    degree: coupling.columns.degree,
    time_window: coupling.columns.time_window,
  },
});

export const fileCouplingQuery = defineQuery<
  typeof coupledFileRow,
  { repo: string; path: string; limit: number }
>(
  coupledFileRow,
  `
SELECT CASE WHEN c.path_a = $path THEN c.path_b ELSE c.path_a END AS path, c.shared_commits, c.degree,
  c.time_window
FROM coupling c JOIN hotspot_summary s
  ON s.repo_id = c.repo_id AND s.time_window = c.time_window AND s.is_configured
WHERE c.repo_id = $repo AND (c.path_a = $path OR c.path_b = $path)
ORDER BY c.degree DESC, c.shared_commits DESC, path
LIMIT $limit`,
);
