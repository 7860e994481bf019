import { defineTable, int, text, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const dependencyTotals = defineTable({
  name: 'dependency_totals',
  doc: 'Query result: dependencies and license findings of a repo, or of the repos given taken together (`repo_id` NULL).',
  key: ['repo_id'],
  columns: {
    repo_id: text.nullable('Repo; NULL for the repos given taken together.'),
    dependencies: int.required('Distinct (ecosystem, name, version) dependencies.'),
    direct: int.required('Of those, declared by the project.'),
    ecosystems: int.required('Distinct ecosystems.'),
    findings_high: int.required('License findings of severity `high`.'),
    findings_medium: int.required('License findings of severity `medium`.'),
    findings_low: int.required('License findings of severity `low`.'),
  },
});

export const dependencyTotalsSql = `
WITH deps AS (
  SELECT repo_id, count(DISTINCT (ecosystem, name, version))::INTEGER AS dependencies,
    count(DISTINCT (ecosystem, name, version)) FILTER (WHERE is_direct)::INTEGER AS direct,
    count(DISTINCT ecosystem)::INTEGER AS ecosystems
  FROM dependencies WHERE ${inRepoIds} GROUP BY GROUPING SETS ((repo_id), ())
),
findings AS (
  SELECT repo_id, count(*) FILTER (WHERE severity = 'high')::INTEGER AS findings_high,
    count(*) FILTER (WHERE severity = 'medium')::INTEGER AS findings_medium,
    count(*) FILTER (WHERE severity = 'low')::INTEGER AS findings_low
  FROM license_findings WHERE ${inRepoIds} GROUP BY GROUPING SETS ((repo_id), ())
)
SELECT d.repo_id, d.dependencies, d.direct, d.ecosystems, coalesce(f.findings_high, 0)::INTEGER AS findings_high,
  coalesce(f.findings_medium, 0)::INTEGER AS findings_medium, coalesce(f.findings_low, 0)::INTEGER AS findings_low
FROM deps d LEFT JOIN findings f ON f.repo_id IS NOT DISTINCT FROM d.repo_id
ORDER BY d.repo_id NULLS FIRST`;

export function readDependencyTotals(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof dependencyTotals>[]> {
  return reader.rows(dependencyTotals, dependencyTotalsSql, repoIdsParam(repoIds));
}
