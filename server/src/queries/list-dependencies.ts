import { defineTable, dependencies } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';
import { omitColumns } from './omit-columns.ts';
import { dependencyFilter, type DependencyFilter } from './dependency-filter.ts';

export const dependencyRow = defineTable({
  name: 'dependency',
  doc: 'A third-party package the repo depends on (`dependencies`).',
  key: ['manifest_path', 'ecosystem', 'name', 'version'],
  columns: omitColumns(dependencies.columns, 'repo_id'),
});

/** Direct dependencies first, then by ecosystem, name, version and manifest. */
export const listDependenciesQuery = defineQuery<
  typeof dependencyRow,
  DependencyFilter & { limit: number; offset: number }
>(
  dependencyRow,
  `
SELECT * EXCLUDE (repo_id) FROM dependencies ${dependencyFilter}
ORDER BY is_direct DESC, ecosystem, name, version NULLS LAST, manifest_path
LIMIT $limit OFFSET $offset`,
);
