import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * The run-time edges of the TS/JS import graph (type-only imports execute nothing) and the files
 * each test file imports directly: distance 1.
 */
export const createImportReachSql = `
CREATE OR REPLACE TEMP TABLE coverage_edges AS
SELECT DISTINCT path, target_path FROM imports
WHERE target_kind = 'file' AND target_path IS NOT NULL AND target_path <> path AND NOT is_type_only;
CREATE OR REPLACE TEMP TABLE coverage_import_reach AS
SELECT DISTINCT t.path AS test_path, e.target_path AS path, 1 AS distance
FROM coverage_test_files t JOIN coverage_edges e ON e.path = t.path`;

/** One breadth-first step: files first reached at `$distance + 1`. */
export const extendImportReachSql = `
INSERT INTO coverage_import_reach
SELECT DISTINCT r.test_path, e.target_path, $distance + 1
FROM coverage_import_reach r JOIN coverage_edges e ON e.path = r.path
WHERE r.distance = $distance AND e.target_path <> r.test_path
  AND NOT EXISTS (
    SELECT 1 FROM coverage_import_reach x WHERE x.test_path = r.test_path AND x.path = e.target_path
  )`;

export const insertImportReachSql = `
INSERT INTO test_reach
SELECT $repo_id, test_path, path, 'imports', distance FROM coverage_import_reach ORDER BY test_path, path`;

/**
 * Every file a test reaches through imports, at its shortest distance: breadth first, one SQL step
 * per distance, until a step reaches nothing new (so cycles end).
 */
export async function insertImportReach(connection: DuckDBConnection, repoId: string): Promise<void> {
  await connection.run(createImportReachSql);
  for (let distance = 1; ; distance += 1) {
    const step = await connection.run(extendImportReachSql, { distance });
    if (step.rowsChanged === 0) break;
  }
  await connection.run(insertImportReachSql, { repo_id: repoId });
}
