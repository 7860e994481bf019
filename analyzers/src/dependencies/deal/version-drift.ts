import { defineTable, int, text, textList } from '../../schema/index.ts';
import { queryRows, type SqlSource } from '../../people/sql-source.ts';

/** Query result: a package resolved at more than one version across the repos of the deal. */
export const versionDriftRow = defineTable({
  name: 'dependency_version_drift',
  doc: 'A package the repos of the deal resolve at different versions: integration work after the deal.',
  key: ['ecosystem', 'name'],
  columns: {
    ecosystem: text.required('Package ecosystem.'),
    name: text.required('Package name.'),
    version_count: int.required('Distinct resolved versions across the deal.'),
    repo_count: int.required('Repos that resolve the package.'),
    versions: textList.required('The versions, sorted.'),
    repo_ids: textList.required('The repos, sorted.'),
  },
});

/** Resolved versions only: two repos declaring `^4.17.0` may still install the same release. */
export const versionDriftSql = `
SELECT ecosystem, name,
  count(DISTINCT version)::INTEGER AS version_count,
  count(DISTINCT repo_id)::INTEGER AS repo_count,
  list_sort(list(DISTINCT version)) AS versions,
  list_sort(list(DISTINCT repo_id)) AS repo_ids
FROM dependencies
WHERE is_resolved AND version IS NOT NULL
GROUP BY ecosystem, name
HAVING count(DISTINCT repo_id) > 1 AND count(DISTINCT version) > 1
ORDER BY repo_count DESC, version_count DESC, ecosystem, name
`;

export function readVersionDrift(source: SqlSource) {
  return queryRows(source, versionDriftRow, versionDriftSql);
}
