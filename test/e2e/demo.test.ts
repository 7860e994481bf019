import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, type TempDir } from '@diligent/fixtures';
import { demoFacts } from '@diligent/fixtures/scenarios';
import { runCli, type CliRun } from '../support/run-cli.ts';

describe('diligent demo (the demo fixture, end to end through the CLI)', () => {
  let db: TempDir;
  let demo: CliRun;
  beforeAll(async () => {
    db = await tempDir();
    demo = await runCli(['demo', '--no-serve', '--db', db.path]);
  });
  afterAll(() => db.cleanup());

  it('builds, analyzes and summarizes the demo repository', () => {
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain(
      `${demoFacts.commitCount} commits by 7 people (5 active), 81 files\n  truck factor 2\n`,
    );
    expect(demo.stdout).toMatch(/75 commits +\d+ lines +services\/billing\/src\/invoice-calculator\.ts/);
  });

  it('answers SQL as CSV with a header row', async () => {
    const sql = 'SELECT count(*) AS commits, count(DISTINCT author_id) AS authors FROM commits';
    const run = await runCli(['query', '--db', db.path, '--csv', sql]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(`commits,authors\r\n${demoFacts.commitCount},${demoFacts.authorCount}\r\n`);
  });

  it('answers SQL as JSON', async () => {
    const run = await runCli(['query', '--db', db.path, '--json', 'SELECT head_sha, is_shallow FROM repos']);
    expect(JSON.parse(run.stdout)).toEqual([
      { head_sha: '1808cc966adb3da300f0c80689ad3d5841354fcb', is_shallow: false },
    ]);
  });

  it.each([
    'DROP VIEW commits',
    "COPY commits TO '/tmp/leak.csv'",
    'SELECT 1; SELECT 2',
    "ATTACH '/tmp/x.duckdb'",
  ])('refuses anything but one query: %s', async (sql) => {
    const run = await runCli(['query', '--db', db.path, sql]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^diligent: (only queries are allowed|give exactly one SQL statement|Permission Error)/,
    );
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
