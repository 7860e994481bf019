import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitdir, tempDir, type TempDir, type TempRepo } from '@diligent/fixtures';
import { basic } from '@diligent/fixtures/scenarios';
import { runCli } from '../support/run-cli.ts';

describe('CLI errors: one line, a documented exit code, nothing lost', () => {
  let dir: TempDir;
  let repo: TempRepo;
  beforeAll(async () => {
    dir = await tempDir();
    repo = await gitdir(basic);
    await mkdir(join(dir.path, 'plain-folder'));
  });
  afterAll(async () => {
    await Promise.all([dir.cleanup(), repo.cleanup()]);
  });

  it('exit 2 for an unknown command', async () => {
    const run = await runCli(['analyse']);
    expect(run).toMatchObject({
      code: 2,
      stderr: "diligent: unknown command 'analyse' (see diligent --help)\n",
    });
  });

  it('exit 3 for a folder that is not a repository', async () => {
    const folder = join(dir.path, 'plain-folder');
    const run = await runCli(['analyze', folder, '--db', join(dir.path, 'db')]);
    expect(run).toMatchObject({ code: 3, stderr: `diligent: not a git repository: ${folder}\n` });
  });

  it('exit 10 when some sources fail: the others are stored', async () => {
    const db = join(dir.path, 'db-mixed');
    const run = await runCli(['analyze', join(dir.path, 'plain-folder'), repo.dir, '--db', db]);
    expect(run.code).toBe(10);
    expect(run.stderr).toContain('diligent: not a git repository');
    const query = await runCli(['query', '--db', db, '--csv', 'SELECT commit_count FROM repos']);
    expect(query.stdout).toBe('commit_count\r\n8\r\n');
  });

  it('refuses credentials in a URL without echoing them', async () => {
    const run = await runCli([
      'analyze',
      'https://someone:s3cr3t-token@example.invalid/acme/repo.git',
      '--db',
      join(dir.path, 'db'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('s3cr3t-token');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--until pins the last commit before a date', async () => {
    const db = join(dir.path, 'db-until');
    const run = await runCli(['analyze', repo.dir, '--db', db, '--until', '2023-01-06T00:00:00Z']);
    expect(run.code).toBe(0);
    const query = await runCli([
      'query',
      '--db',
      db,
      '--csv',
      'SELECT head_sha, requested_rev, commit_count FROM repos',
    ]);
    expect(query.stdout).toBe(
      `head_sha,requested_rev,commit_count\r\n${repo.shas['add-mul']},until:2023-01-06T00:00:00Z,4\r\n`,
    );
  });
});
