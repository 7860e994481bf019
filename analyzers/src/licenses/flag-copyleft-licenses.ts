import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Copyleft license findings as red flags (table of the risk analysis): one per finding code and
 * component, at the severity of its most severe finding, its files as evidence paths and its
 * licenses as evidence.
 */
const sql = `
INSERT INTO red_flags
SELECT repo_id, code,
  CASE max(CASE severity WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END)
    WHEN 3 THEN 'high' WHEN 2 THEN 'medium' ELSE 'low' END AS severity,
  component AS subject,
  CASE code
    WHEN 'copyleft-own-license' THEN format('The code is itself licensed {} ({})', string_agg(DISTINCT license_id, ', '), string_agg(DISTINCT license_class, ', '))
    WHEN 'copyleft-dependency' THEN format('Dependency {} is licensed {} ({})', component, string_agg(DISTINCT license_id, ', '), string_agg(DISTINCT license_class, ', '))
    WHEN 'copyleft-vendored' THEN format('Vendored code {} is licensed {} ({})', component, string_agg(DISTINCT license_id, ', '), string_agg(DISTINCT license_class, ', '))
    ELSE format('License file in {} is {} ({})', component, string_agg(DISTINCT license_id, ', '), string_agg(DISTINCT license_class, ', '))
  END AS message,
  NULL AS value, NULL AS threshold,
  list_sort(list(DISTINCT path)) AS paths,
  string_agg(DISTINCT license_id, ', ' ORDER BY license_id) AS evidence
FROM license_findings
WHERE repo_id = $repo_id AND code LIKE 'copyleft-%'
GROUP BY repo_id, code, component
`;

export async function flagCopyleftLicenses(connection: DuckDBConnection, repoId: string): Promise<void> {
  await connection.run(sql, { repo_id: repoId });
}
