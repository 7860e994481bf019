import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHttpServer, unusedPort, type GitHttpServer } from '@diligent/fixtures';
import {
  AuthenticationRequiredError,
  SourceUnreachableError,
  TokenRefusedError,
  UsageError,
} from '../src/errors.ts';
import { mineWithIsomorphicGit } from '../src/mine/isogit/mine-with-isomorphic-git.ts';
import { cloneCachePath } from '../src/source/clone-cache-path.ts';
import { cloneOrFetch } from '../src/source/clone-url.ts';

/**
 * Clones over real smart HTTP: a node server on 127.0.0.1 runs `git http-backend` as a CGI
 * program. Repositories under /private/ demand Basic auth with the test token.
 */

const token = 'tok-SECRET-7f3a9c1e5b2d';
const wrongToken = 'wrong-SECRET-0a1b2c3d4e';
const tokenEnv = 'DILIGENT_TEST_TOKEN';

const gitEnv = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: '/nonexistent',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Ada',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Ada',
  GIT_COMMITTER_EMAIL: 'ada@example.com',
  GIT_AUTHOR_DATE: '1700000000 +0000',
  GIT_COMMITTER_DATE: '1700000000 +0000',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim();
}

const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'clone-url-')));
const serveRoot = join(scratch, 'served');
const work = join(scratch, 'work');
let server: GitHttpServer;

beforeAll(async () => {
  git(scratch, '-c', 'init.defaultBranch=main', 'init', '-q', work);
  for (const n of [1, 2, 3]) {
    writeFileSync(join(work, `file${n}.txt`), `content ${n}\n`);
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '-m', `commit ${n}`);
  }
  git(scratch, 'clone', '-q', '--bare', work, join(serveRoot, 'public.git'));
  git(scratch, 'clone', '-q', '--bare', work, join(serveRoot, 'private', 'repo.git'));
  server = await startGitHttpServer(serveRoot, { token });
});

afterAll(async () => {
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

function freshCache(): string {
  return mkdtempSync(join(scratch, 'cache-'));
}

function headOf(gitDir: string): string {
  return git(scratch, '--git-dir', gitDir, 'rev-parse', 'HEAD');
}

/** Everything an error exposes: message, String(), stack and every own property. */
function everythingIn(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const props = Object.getOwnPropertyNames(err).map((name) =>
    String((err as unknown as Record<string, unknown>)[name]),
  );
  return [err.message, String(err), err.stack ?? '', JSON.stringify(err), ...props].join('\n');
}

/** The clone must be readable by the miner that runs where no git binary exists. */
async function mineWithoutGit(
  gitDir: string,
): Promise<{ commits: number; changes: number; warnings: number }> {
  const counts = { commits: 0, changes: 0, warnings: 0 };
  const sink = {
    commit: (_: unknown, changes: unknown[]) =>
      void ((counts.commits += 1), (counts.changes += changes.length)),
    warning: () => void (counts.warnings += 1),
  };
  await mineWithIsomorphicGit({ gitDir, pinnedSha: headOf(gitDir) }, sink);
  return counts;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a failure');
}

describe('cloneOrFetch', { timeout: 30_000 }, () => {
  it('clones a bare repository with the source HEAD, then fetches only what is new', async () => {
    const cacheDir = freshCache();
    const progress: string[] = [];
    const url = server.url('/public.git');
    const first = await cloneOrFetch(url, { cacheDir, tokenEnv, onProgress: (m) => progress.push(m) });
    expect(first.source).toBe(url);
    expect(first.gitDir).toBe(join(cacheDir, `127.0.0.1_${server.port}`, 'public.git'));
    expect(headOf(first.gitDir)).toBe(git(work, 'rev-parse', 'HEAD'));
    expect(git(scratch, '--git-dir', first.gitDir, 'rev-parse', '--is-bare-repository')).toBe('true');
    expect(existsSync(join(first.gitDir, 'file1.txt'))).toBe(false);
    expect(progress[0]).toMatch(/^cloning /);

    writeFileSync(join(work, 'file4.txt'), 'content 4\n');
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '-m', 'commit 4');
    git(work, 'push', '-q', join(serveRoot, 'public.git'), 'main');
    writeFileSync(join(first.gitDir, 'kept-marker'), 'a fetch keeps the folder');
    progress.length = 0;

    const second = await cloneOrFetch(url, { cacheDir, tokenEnv, onProgress: (m) => progress.push(m) });
    expect(second).toEqual(first);
    expect(progress[0]).toMatch(/^fetching /);
    expect(existsSync(join(second.gitDir, 'kept-marker'))).toBe(true);
    expect(headOf(second.gitDir)).toBe(git(work, 'rev-parse', 'HEAD'));
    expect(git(scratch, '--git-dir', second.gitDir, 'rev-list', '--count', 'HEAD')).toBe('4');
    expect(await mineWithoutGit(second.gitDir)).toEqual({ commits: 4, changes: 4, warnings: 0 });
  });

  it('asks for the token environment variable when the server wants credentials', async () => {
    const err = await failure(
      cloneOrFetch(server.url('/private/repo.git'), { cacheDir: freshCache(), tokenEnv }),
    );
    expect(err).toBeInstanceOf(AuthenticationRequiredError);
    expect(err).not.toBeInstanceOf(TokenRefusedError);
    expect((err as AuthenticationRequiredError).code).toBe('AUTH_REQUIRED');
    expect((err as Error).message).toContain(tokenEnv);
  });

  it('says the token was refused, without ever showing it', async () => {
    const progress: string[] = [];
    const options = {
      cacheDir: freshCache(),
      tokenEnv,
      token: wrongToken,
      onProgress: (m: string) => progress.push(m),
    };
    const err = await failure(cloneOrFetch(server.url('/private/repo.git'), options));
    expect(err).toBeInstanceOf(TokenRefusedError);
    expect(err).toBeInstanceOf(AuthenticationRequiredError);
    expect((err as Error).message).toMatch(/refused the token/);
    expect(everythingIn(err)).not.toContain(wrongToken);
    expect(progress.join('\n')).not.toContain(wrongToken);
  });

  it('clones with the right token and leaves it nowhere', async () => {
    const progress: string[] = [];
    const cacheDir = freshCache();
    const options = { cacheDir, tokenEnv, token, onProgress: (m: string) => progress.push(m) };
    const cloned = await cloneOrFetch(server.url('/private/repo.git'), options);
    expect(headOf(cloned.gitDir)).toBe(
      git(scratch, '--git-dir', join(serveRoot, 'private', 'repo.git'), 'rev-parse', 'HEAD'),
    );
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.join('\n')).not.toContain(token);
    expect(readFileSync(join(cloned.gitDir, 'config'), 'utf8')).not.toContain(token);
    const again = await cloneOrFetch(server.url('/private/repo.git'), options);
    expect(again.gitDir).toBe(cloned.gitDir);
  });

  it('rejects credentials embedded in the URL without echoing the password', async () => {
    const password = 'pw-SECRET-91d2e8';
    const url = `http://someone:${password}@127.0.0.1:${server.port}/public.git`;
    const err = await failure(cloneOrFetch(url, { cacheDir: freshCache(), tokenEnv }));
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toContain(tokenEnv);
    expect(everythingIn(err)).not.toContain(password);
    expect(everythingIn(err)).not.toContain('someone');
  });

  it('accepts only https, and plain http only on this machine', async () => {
    for (const url of [
      'http://example.com/a/b.git',
      'ftp://example.com/a.git',
      'file:///tmp/a.git',
      'git@github.com:a/b.git',
    ]) {
      expect(await failure(cloneOrFetch(url, { cacheDir: freshCache(), tokenEnv })), url).toBeInstanceOf(
        UsageError,
      );
    }
  });

  it('reports a refused connection and a missing repository as unreachable', async () => {
    const port = await unusedPort();
    const refused = await failure(
      cloneOrFetch(`http://127.0.0.1:${port}/x.git`, { cacheDir: freshCache(), tokenEnv, token }),
    );
    expect(refused).toBeInstanceOf(SourceUnreachableError);
    expect((refused as Error).message).toMatch(/connection refused/);
    expect(everythingIn(refused)).not.toContain(token);
    const missing = await failure(
      cloneOrFetch(server.url('/missing.git'), { cacheDir: freshCache(), tokenEnv }),
    );
    expect(missing).toBeInstanceOf(SourceUnreachableError);
    expect((missing as Error).message).toMatch(/404/);
  });

  it('keeps every cache folder inside the cache, whatever the URL path', () => {
    const cases: Array<[string, string]> = [
      ['https://github.com/owner/repo.git', 'github.com/owner/repo.git'],
      ['https://github.com/owner/repo', 'github.com/owner/repo.git'],
      ['https://host:8443/a/%2E%2E/%2E%2E/etc/pass%20wd', 'host_8443/etc/pass_wd.git'],
      ['https://host/.../..%2F..%2F/x', 'host/___/.._.._/x.git'],
      ['https://host/we%20ird/na:me%2F..%2F.git', 'host/we_ird/na_me_.._.git'],
      ['https://host/', 'host/repo.git'],
    ];
    for (const [url, expected] of cases)
      expect(cloneCachePath('/cache', new URL(url)), url).toBe(`/cache/${expected}`);
  });
});
