import { coupling, defineTable } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';
import { omitColumns } from './omit-columns.ts';

export const couplingPairRow = defineTable({
  name: 'coupling_pair',
  doc: 'Two files of the tree that change together in the window (`coupling`, code-maat rules).',
  key: ['path_a', 'path_b'],
  columns: omitColumns(coupling.columns, 'repo_id', 'time_window'),
});

export const couplingPairsQuery = defineQuery<
  typeof couplingPairRow,
  { repo: string; window: string; limit: number; offset: number }
>(
  couplingPairRow,
  `
SELECT * EXCLUDE (repo_id, time_window) FROM coupling
WHERE repo_id = $repo AND time_window = $window
ORDER BY degree DESC, shared_commits DESC, path_a, path_b
LIMIT $limit OFFSET $offset`,
);
