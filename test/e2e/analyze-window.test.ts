import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitdir, tempDir, type TempDir, type TempRepo } from '@diligent/fixtures';
import { riskHistory } from '@diligent/fixtures/scenarios';
import { runCli } from '../support/run-cli.ts';

describe('diligent analyze --window and --timings', () => {
  let dir: TempDir;
  let repo: TempRepo;
  beforeAll(async () => {
    dir = await tempDir();
    repo = await gitdir(riskHistory);
  });
  afterAll(async () => {
    await repo.cleanup();
    await dir.cleanup();
  });

  it('scores risk over the window asked for, and prints how long each stage took', async () => {
    const db = join(dir.path, 'db');
    const run = await runCli([
      'analyze',
      repo.dir,
      '--db',
      db,
      '--name',
      'history',
      '--window',
      '6m',
      '--timings',
    ]);
    expect(run.code).toBe(0);
    for (const stage of ['measure', 'mine', 'people', 'risk', 'total'])
      expect(run.stderr).toMatch(new RegExp(`^  ${stage} +\\d+\\.\\d\\d s +\\d+\\.\\d%$`, 'm'));
    const sql =
      'SELECT s.time_window, r.path, r.window_commits FROM hotspot_summary s JOIN file_risk r USING (repo_id) WHERE s.is_configured AND r.rank = 1';
    const query = await runCli(['query', '--db', db, '--csv', sql]);
    // fixes.js is the top hotspot of the last 6 months (4 changes, c16–c19) and the riskiest file.
    expect(query.stdout).toBe('time_window,path,window_commits\r\n6m,src/fixes.js,4\r\n');
  });

  it('refuses a window it does not know, before reading the source', async () => {
    const run = await runCli(['analyze', join(dir.path, 'nowhere'), '--window', '2y']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--window takes 6m, 1y or all, got 2y');
  });
});
