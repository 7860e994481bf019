import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * License findings (docs/metrics.md, "License findings"): every copyleft license, from the
 * repo's own license to its dependencies', with a severity by how far the copyleft reaches; and
 * vendored code whose license is unknown. A dev-only dependency is not shipped: low.
 */
const sql = `
INSERT INTO license_findings
WITH found AS (
  SELECT repo_id, origin, path, component, license_id, license_class, NULL AS scope FROM licenses
  WHERE origin <> 'dependency'
  UNION ALL
  SELECT repo_id, 'dependency', manifest_path, name || COALESCE('@' || version, ''), license, license_class, scope
  FROM dependencies WHERE license_class IS NOT NULL
)
SELECT DISTINCT ON (repo_id, code, path, component, license_id) repo_id, code,
  CASE
    WHEN license_class = 'unknown' THEN 'low'
    WHEN scope = 'dev' THEN 'low'
    WHEN code = 'copyleft-own-license' THEN 'medium'
    WHEN license_class IN ('strong-copyleft', 'network-copyleft') THEN 'high'
    ELSE 'medium'
  END AS severity,
  license_id, license_class, path, component,
  CASE
    WHEN code = 'unknown-vendored-license' THEN 'vendored code ' || component || ' has no license this analysis can identify'
    WHEN code = 'copyleft-own-license' THEN 'the repo itself is licensed ' || license_id || ' (' || license_class || ')'
    ELSE license_class || ' license ' || license_id || ' on ' || component || ' (' || path || ')'
  END AS message
FROM (
  SELECT *, CASE
      WHEN license_class NOT IN ('weak-copyleft', 'strong-copyleft', 'network-copyleft') THEN 'unknown-vendored-license'
      WHEN origin IN ('repo', 'project') THEN 'copyleft-own-license'
      WHEN origin = 'dependency' THEN 'copyleft-dependency'
      WHEN origin = 'vendored' THEN 'copyleft-vendored'
      ELSE 'copyleft-license-file'
    END AS code
  FROM found
  WHERE license_class IN ('weak-copyleft', 'strong-copyleft', 'network-copyleft')
     OR (origin = 'vendored' AND license_class = 'unknown')
)
ORDER BY repo_id, code, path, component, license_id
`;

export async function insertLicenseFindings(connection: DuckDBConnection): Promise<void> {
  await connection.run(sql);
}
