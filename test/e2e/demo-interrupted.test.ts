import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitdir, tempDir, type TempDir, type TempRepo } from '@diligent/fixtures';
import { basic, demo } from '@diligent/fixtures/scenarios';
import { runCli } from '../support/run-cli.ts';
import { spawnCli } from '../support/spawn-cli.ts';

async function waitForTempFile(reposDir: string): Promise<void> {
  for (let i = 0; i < 1000; i += 1) {
    const names = await readdir(reposDir).catch(() => []);
    if (names.some((n) => n.includes('.tmp-'))) return;
    await sleep(5);
  }
  throw new Error('the analysis never started writing');
}

describe('Ctrl-C while re-analyzing the demo repo under an existing name', () => {
  let db: TempDir;
  let calc: TempRepo;
  let big: TempRepo;
  beforeAll(async () => {
    db = await tempDir();
    [calc, big] = await Promise.all([gitdir(basic), gitdir(demo)]);
    expect((await runCli(['analyze', calc.dir, '--name', 'calc', '--db', db.path])).code).toBe(0);
  });
  afterAll(async () => {
    await Promise.all([db.cleanup(), calc.cleanup(), big.cleanup()]);
  });

  it('leaves the previous data intact, and the next run cleans up', async () => {
    const child = spawnCli(['analyze', big.dir, '--name', 'calc', '--db', db.path]);
    await waitForTempFile(join(db.path, 'repos'));
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('close', (c, signal) => resolve(c ?? signal)));
    expect(code).not.toBe(0);
    const query = await runCli([
      'query',
      '--db',
      db.path,
      '--csv',
      'SELECT head_sha, commit_count FROM repos',
    ]);
    expect(query.stdout).toBe(`head_sha,commit_count\r\n${calc.headSha},8\r\n`);
    expect((await runCli(['analyze', calc.dir, '--name', 'calc', '--db', db.path])).code).toBe(0);
    expect(await readdir(join(db.path, 'repos'))).toEqual(['calc.duckdb']);
  });
});
