import type { DuckDBConnection } from '@duckdb/node-api';

/** The licenses lock files and manifests declare for dependencies, as `licenses` rows. */
const sql = `
INSERT INTO licenses
SELECT DISTINCT repo_id, manifest_path AS path, 'dependency' AS origin,
  name || COALESCE('@' || version, '') AS component, license AS license_id, 'declared' AS method,
  NULL AS score, NULL AS closest_id, license_class
FROM dependencies
WHERE license IS NOT NULL
`;

export async function insertDependencyLicenses(connection: DuckDBConnection): Promise<void> {
  await connection.run(sql);
}
