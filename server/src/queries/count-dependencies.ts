import { defineQuery } from './define-query.ts';
import { countRow } from './count-people.ts';
import { dependencyFilter, type DependencyFilter } from './dependency-filter.ts';

export const countDependenciesQuery = defineQuery<typeof countRow, DependencyFilter>(
  countRow,
  `SELECT count(*)::INTEGER AS total FROM dependencies ${dependencyFilter}`,
);
