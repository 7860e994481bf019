import { defineTable, int, text, textList } from '../../schema/index.ts';
import { queryRows, type SqlSource } from '../../people/sql-source.ts';

/** Query result: the dependencies and license findings of one repo, for the deal overview. */
export const dependencyOverviewRow = defineTable({
  name: 'dependency_overview',
  doc: 'Per repo: how many third-party packages it depends on, in which ecosystems, and its license findings.',
  key: ['repo_id'],
  columns: {
    repo_id: text.required('Repo.'),
    dependency_count: int.required('Distinct packages (ecosystem and name) it depends on.'),
    direct_count: int.required('Of which it declares directly.'),
    ecosystems: textList.required('Ecosystems, sorted.'),
    high_findings: int.required('License findings of severity high.'),
    license_findings: int.required('License findings of any severity.'),
  },
});

export const dependencyOverviewSql = `
WITH counts AS (
  SELECT repo_id,
    count(DISTINCT (ecosystem, name))::INTEGER AS dependency_count,
    count(DISTINCT (ecosystem, name)) FILTER (WHERE is_direct)::INTEGER AS direct_count,
    list_sort(list(DISTINCT ecosystem)) AS ecosystems
  FROM dependencies GROUP BY repo_id
), findings AS (
  SELECT repo_id, count(*) FILTER (WHERE severity = 'high')::INTEGER AS high_findings,
    count(*)::INTEGER AS license_findings
  FROM license_findings GROUP BY repo_id
)
SELECT r.repo_id, coalesce(c.dependency_count, 0) AS dependency_count,
  coalesce(c.direct_count, 0) AS direct_count, coalesce(c.ecosystems, []::VARCHAR[]) AS ecosystems,
  coalesce(f.high_findings, 0) AS high_findings, coalesce(f.license_findings, 0) AS license_findings
FROM repos r LEFT JOIN counts c USING (repo_id) LEFT JOIN findings f USING (repo_id)
ORDER BY r.repo_id
`;

export function readDependencyOverview(source: SqlSource) {
  return queryRows(source, dependencyOverviewRow, dependencyOverviewSql);
}
