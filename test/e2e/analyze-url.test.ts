import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildRepo,
  startGitHttpServer,
  tempDir,
  unusedPort,
  type GitHttpServer,
  type TempDir,
} from '@diligent/fixtures';
import { basic } from '@diligent/fixtures/scenarios';
import { runCli } from '../support/run-cli.ts';

const token = 'ghp_TEST-SECRET-4c1d9e';

/** Every byte under a folder, so a test can prove a secret was written nowhere. */
async function allBytesUnder(dir: string): Promise<string> {
  const parts: string[] = [];
  for (const name of await readdir(dir, { recursive: true })) {
    const path = join(dir, name);
    if ((await stat(path)).isFile()) parts.push((await readFile(path)).toString('latin1'));
  }
  return parts.join('\n');
}

describe('analyze a private https repository (the basic fixture over smart HTTP)', () => {
  let dir: TempDir;
  let server: GitHttpServer;
  let headSha: string;
  beforeAll(async () => {
    dir = await tempDir();
    headSha = (await buildRepo(basic, join(dir.path, 'served', 'private', 'calc.git'), { bare: true }))
      .headSha;
    server = await startGitHttpServer(join(dir.path, 'served'), { token });
  });
  afterAll(async () => {
    await server.close();
    await dir.cleanup();
  });

  const analyze = (db: string, env: NodeJS.ProcessEnv, ...extra: string[]) =>
    runCli(
      [
        'analyze',
        server.url('/private/calc.git'),
        '--db',
        join(dir.path, db),
        '--cache',
        join(dir.path, `cache-${db}`),
        ...extra,
      ],
      env,
    );

  it('without a token: exit 4, one line naming the variable to set', async () => {
    const run = await analyze('db-none', { DILIGENT_GIT_TOKEN: '' });
    expect(run.code).toBe(4);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(
      /needs credentials: put a token in the DILIGENT_GIT_TOKEN/,
    );
  });

  it('with the token: stored without it anywhere (output, database, clone cache)', async () => {
    const run = await analyze('db-ok', { DILIGENT_GIT_TOKEN: token });
    expect(run.code).toBe(0);
    const query = await runCli([
      'query',
      '--db',
      join(dir.path, 'db-ok'),
      '--csv',
      'SELECT source, source_kind, head_sha FROM repos',
    ]);
    expect(query.stdout).toBe(
      `source,source_kind,head_sha\r\n${server.url('/private/calc.git')},url,${headSha}\r\n`,
    );
    const everything = [
      run.stdout,
      run.stderr,
      await allBytesUnder(join(dir.path, 'db-ok')),
      await allBytesUnder(join(dir.path, 'cache-db-ok')),
    ];
    for (const text of everything) expect(text).not.toContain(token);
  });

  it('reads the token from the variable --token-env names', async () => {
    const run = await analyze(
      'db-env',
      { DILIGENT_GIT_TOKEN: '', ACME_TOKEN: token },
      '--token-env',
      'ACME_TOKEN',
    );
    expect(run.code).toBe(0);
  });

  it('a refused token: exit 4, and the token is not echoed', async () => {
    const run = await analyze('db-wrong', { DILIGENT_GIT_TOKEN: 'wrong-SECRET-value' });
    expect(run.code).toBe(4);
    expect(run.stdout + run.stderr).not.toContain('wrong-SECRET-value');
  });

  it('an unreachable host: exit 4 with one line', async () => {
    const port = await unusedPort();
    const run = await runCli([
      'analyze',
      `http://127.0.0.1:${port}/x.git`,
      '--db',
      join(dir.path, 'db-x'),
      '--cache',
      join(dir.path, 'cache-x'),
    ]);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/diligent: cannot reach http:\/\/127\.0\.0\.1:\d+\/x\.git: /);
  });
});
