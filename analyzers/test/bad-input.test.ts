import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildEmptyRepo,
  gitdir,
  makeShallowClone,
  removeObject,
  runGit,
  tempDir,
  type TempDir,
} from '@diligent/fixtures';
import {
  basic,
  malformedAuthor,
  malformedAuthorExpected,
  renamesBinariesMerges,
} from '@diligent/fixtures/scenarios';
import { analyzeRepo } from '../src/analyze/index.ts';
import { openLocalRepo } from '../src/source/index.ts';
import { DealReader } from '../src/store/index.ts';
import { analyzeFixture } from './support/analyze-fixture.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function scratch(): Promise<TempDir> {
  const dir = await tempDir();
  cleanups.push(dir.cleanup);
  return dir;
}

async function queryDeal(dbDir: string, sql: string) {
  const reader = await DealReader.open(dbDir);
  try {
    return (await reader.run(sql)).getRowObjectsJS();
  } finally {
    await reader.close();
  }
}

describe('bad input', () => {
  it('refuses a folder that is not a repository, without looking in parent folders', async () => {
    const dir = await scratch();
    await mkdir(join(dir.path, 'inside'));
    await expect(openLocalRepo(join(dir.path, 'inside'))).rejects.toMatchObject({ code: 'NOT_A_REPOSITORY' });
    await expect(openLocalRepo(join(dir.path, 'missing'))).rejects.toThrow(/^not a git repository: /);
  });

  it('says an empty repository has no commits and stores nothing', async () => {
    const dir = await scratch();
    const empty = await buildEmptyRepo(join(dir.path, 'empty'));
    const dbDir = join(dir.path, 'db');
    await expect(analyzeRepo(await openLocalRepo(empty.dir), { dbDir })).rejects.toMatchObject({
      code: 'EMPTY_REPOSITORY',
    });
    expect(await readdir(join(dbDir, 'repos')).catch(() => [])).toEqual([]);
  });

  it('names an unknown revision', async () => {
    const repo = await gitdir(basic);
    cleanups.push(repo.cleanup);
    const dir = await scratch();
    const opened = await openLocalRepo(repo.dir);
    await expect(analyzeRepo(opened, { dbDir: dir.path, rev: 'no-such-branch' })).rejects.toThrow(
      'no commit matches no-such-branch',
    );
    await expect(analyzeRepo(opened, { dbDir: dir.path, rev: '--output=/tmp/x' })).rejects.toMatchObject({
      code: 'UNKNOWN_REVISION',
    });
  });

  it('flags a shallow clone: history truncated', async () => {
    const repo = await gitdir(basic);
    cleanups.push(repo.cleanup);
    const dir = await scratch();
    const shallow = await makeShallowClone(repo.dir, join(dir.path, 'shallow'), 3);
    const result = await analyzeRepo(await openLocalRepo(shallow.dir), { dbDir: join(dir.path, 'db') });
    expect(result.commitCount).toBe(3);
    const [repoRow] = await queryDeal(join(dir.path, 'db'), 'SELECT is_shallow, warning_count FROM repos');
    expect(repoRow).toEqual({ is_shallow: true, warning_count: 1 });
    const warnings = await queryDeal(join(dir.path, 'db'), 'SELECT kind FROM analysis_warnings');
    expect(warnings).toEqual([{ kind: 'shallow-history' }]);
  });

  it('keeps commits with malformed authors and dates, with a warning each', async () => {
    const fx = await analyzeFixture(malformedAuthor);
    cleanups.push(fx.cleanup);
    expect(fx.result.commitCount).toBe(malformedAuthorExpected.commitCount);
    const warnings = await fx.query('SELECT kind, sha FROM analysis_warnings ORDER BY kind, sha');
    const idOf = Object.fromEntries(Object.entries(fx.repo.shas).map(([id, sha]) => [sha, id]));
    expect(warnings.map((w) => `${String(w.kind)} ${idOf[String(w.sha)]}`).sort()).toEqual([
      'malformed-author no-brackets',
      'malformed-date bad-date',
      'malformed-date no-brackets',
      'malformed-date no-timezone',
    ]);
  });

  it('survives a missing blob: warns, loses only that path’s line counts', async () => {
    const fx = await analyzeFixture(renamesBinariesMerges);
    cleanups.push(fx.cleanup);
    const before = await fx.query('SELECT sha, path, added, deleted FROM file_changes ORDER BY sha, path');
    const victim = before.find((r) => r.added !== null && Number(r.added) > 0);
    const blob = (
      await runGit([
        '--git-dir',
        fx.repo.gitDir,
        'rev-parse',
        `${String(victim?.sha)}:${String(victim?.path)}`,
      ])
    ).trim();
    await removeObject(fx.repo.gitDir, blob);
    const dir = await scratch();
    const result = await analyzeRepo(await openLocalRepo(fx.repo.dir), { dbDir: dir.path });
    expect(result.commitCount).toBe(fx.result.commitCount);
    const warnings = await queryDeal(dir.path, 'SELECT kind, sha, path FROM analysis_warnings ORDER BY kind');
    expect(warnings).toContainEqual({ kind: 'missing-object', sha: victim?.sha, path: victim?.path });
    const after = await queryDeal(
      dir.path,
      'SELECT sha, path, added, deleted FROM file_changes ORDER BY sha, path',
    );
    // Commits that needed the blob (to diff or pair renames) are the ones warned about; no other changes.
    const warned = new Set(warnings.map((w) => String(w.sha)));
    expect(warned.has(String(victim?.sha))).toBe(true);
    const untouched = (rows: Record<string, unknown>[]) => rows.filter((r) => !warned.has(String(r.sha)));
    expect(untouched(after)).toEqual(untouched(before));
    expect(after.find((r) => r.sha === victim?.sha && r.path === victim?.path)).toMatchObject({
      added: null,
      deleted: null,
    });
  });

  it('replaces a repo atomically: a failed re-analysis keeps the previous rows and other repos', async () => {
    const fx = await analyzeFixture(basic, { name: 'calc' });
    cleanups.push(fx.cleanup);
    const other = await gitdir(renamesBinariesMerges);
    cleanups.push(other.cleanup);
    const otherResult = await analyzeRepo(await openLocalRepo(other.dir), { dbDir: fx.dbDir, name: 'other' });
    // Break the history under HEAD: the pinned commit resolves, mining then fails.
    await removeObject(fx.repo.gitDir, fx.repo.shas['fix-add'] ?? '');
    await expect(
      analyzeRepo(await openLocalRepo(fx.repo.dir), { dbDir: fx.dbDir, name: 'calc' }),
    ).rejects.toThrow();
    const repos = await queryDeal(fx.dbDir, 'SELECT repo_id, commit_count FROM repos ORDER BY 1');
    expect(repos).toEqual([
      { repo_id: 'calc', commit_count: 8 },
      { repo_id: 'other', commit_count: otherResult.commitCount },
    ]);
    expect((await readdir(join(fx.dbDir, 'repos'))).sort()).toEqual(['calc.duckdb', 'other.duckdb']);
  });

  it('cleans the temporary file an interrupted run left behind', async () => {
    const fx = await analyzeFixture(basic, { name: 'calc' });
    cleanups.push(fx.cleanup);
    const stale = join(fx.dbDir, 'repos', 'calc.duckdb.tmp-999999999-x');
    await writeFile(stale, 'half-written');
    await analyzeRepo(await openLocalRepo(fx.repo.dir), { dbDir: fx.dbDir, name: 'calc' });
    expect((await readdir(join(fx.dbDir, 'repos'))).sort()).toEqual(['calc.duckdb']);
  });
});
