import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Packages only tests import: a TS/JS file importing one is a test even where folders and names
 * do not say so (`files.category` already covers those).
 */
export const testFrameworkPackages = [
  'vitest',
  'jest',
  '@jest/globals',
  'mocha',
  'chai',
  'ava',
  'tap',
  'tape',
  'uvu',
  'jasmine',
  'qunit',
  '@playwright/test',
  'cypress',
  'sinon',
  'supertest',
  'nock',
] as const;

const packageList = testFrameworkPackages.map((name) => `'${name}'`).join(', ');

export const createTestFilesSql = `
CREATE OR REPLACE TEMP TABLE coverage_test_files AS
SELECT path FROM files
WHERE kind IN ('file', 'executable') AND (
  category = 'test'
  OR (coalesce(category, 'source') = 'source' AND path IN (
    SELECT path FROM imports
    WHERE package_name IN (${packageList}) OR package_name LIKE '@testing-library/%' OR specifier = 'node:test'
  ))
)`;

export async function createTestFiles(connection: DuckDBConnection): Promise<void> {
  await connection.run(createTestFilesSql);
}
