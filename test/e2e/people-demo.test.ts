import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, type TempDir } from '@diligent/fixtures';
import { runCli } from '../support/run-cli.ts';

describe('diligent people --leave (the demo fixture, through the CLI)', () => {
  let db: TempDir;
  beforeAll(async () => {
    db = await tempDir();
    expect((await runCli(['demo', '--no-serve', '--db', db.path])).code).toBe(0);
  });
  afterAll(() => db.cleanup());

  it('shows the deal-wide truck factor beside the repo rows', async () => {
    const sql =
      "SELECT coalesce(repo_id, '-') AS repo, scope, truck_factor FROM truck_factor WHERE scope IN ('repo', 'deal') ORDER BY scope";
    const run = await runCli(['query', '--db', db.path, '--csv', sql]);
    expect(run.stdout).toBe('repo,scope,truck_factor\r\n-,deal,2\r\ndemo,repo,2\r\n');
  });

  it('simulates the two key people leaving: everything they alone knew is orphaned', async () => {
    const run = await runCli([
      'people',
      '--db',
      db.path,
      '--leave',
      'alice@acme-pay.com,bob@acme-pay.com',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const result: unknown = JSON.parse(run.stdout);
    expect(result).toMatchObject({
      unknownEmails: [],
      truckFactors: [{ scope: 'repo', before: { truckFactor: 2 }, after: { truckFactor: 0 } }],
      impacts: expect.arrayContaining([
        expect.objectContaining({
          scope: 'repo',
          repo_id: 'demo',
          file_count: 69,
          orphaned_files_before: 35,
          orphaned_files_after: 51,
          orphaned_lines_before: 1764,
          orphaned_lines_after: 2720,
        }),
      ]),
    });
  });

  it('names an address it does not know', async () => {
    const run = await runCli(['people', '--db', db.path, '--leave', 'nobody@nowhere.example']);
    expect(run.stdout + run.stderr).toContain('nobody found for: nobody@nowhere.example');
  });
});
