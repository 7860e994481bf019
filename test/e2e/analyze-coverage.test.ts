import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitdir, tempDir, type TempDir, type TempRepo } from '@diligent/fixtures';
import { coverageReports } from '@diligent/fixtures/scenarios';
import { runCli } from '../support/run-cli.ts';

const lcov = join(import.meta.dirname, '../../fixtures/coverage-library/reports/lcov.info');

describe('CLI: analyze --coverage', () => {
  let dir: TempDir;
  let repo: TempRepo;
  beforeAll(async () => {
    dir = await tempDir();
    repo = await gitdir(coverageReports);
  });
  afterAll(async () => {
    await Promise.all([dir.cleanup(), repo.cleanup()]);
  });

  it('reads a report given on the command line at the time given', async () => {
    const db = join(dir.path, 'db');
    const args = [
      'analyze',
      repo.dir,
      '--db',
      db,
      '--coverage',
      lcov,
      '--coverage-time',
      '2024-03-04T00:00:00Z',
    ];
    const run = await runCli(args);
    expect(run.code).toBe(0);
    const query = await runCli([
      'query',
      '--db',
      db,
      '--csv',
      `SELECT path, coverage_source, round(line_coverage, 4) AS line_coverage, is_stale FROM file_test_status
       WHERE report_source LIKE '%lcov.info' AND report_source <> 'coverage/lcov.info' ORDER BY path`,
    ]);
    expect(query.stdout).toBe(
      [
        'path,coverage_source,line_coverage,is_stale',
        'src/cart.js,report,1,false',
        'src/discount.js,report,0.7059,false',
        'src/format.js,report,0.6667,false',
        'src/inventory.js,report,0,false',
        '',
      ].join('\r\n'),
    );
  });

  it('exit 2 for a bad --coverage-time', async () => {
    const run = await runCli([
      'analyze',
      repo.dir,
      '--db',
      join(dir.path, 'db2'),
      '--coverage',
      lcov,
      '--coverage-time',
      'soon',
    ]);
    expect(run).toMatchObject({ code: 2, stderr: 'diligent: --coverage-time takes an ISO date, got soon\n' });
  });
});
