import { componentCoupling, defineTable } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';
import { omitColumns } from './omit-columns.ts';

export const componentPairRow = defineTable({
  name: 'component_pair',
  doc: 'Two components (directories, two levels at most) that change together in the window (`component_coupling`).',
  key: ['component_a', 'component_b'],
  columns: omitColumns(componentCoupling.columns, 'repo_id', 'time_window'),
});

export const componentPairsQuery = defineQuery<
  typeof componentPairRow,
  { repo: string; window: string; limit: number }
>(
  componentPairRow,
  `
SELECT * EXCLUDE (repo_id, time_window) FROM component_coupling
WHERE repo_id = $repo AND time_window = $window
ORDER BY degree DESC, shared_commits DESC, component_a, component_b
LIMIT $limit`,
);
