import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basic, basicExpected } from '@diligent/fixtures/scenarios';
import { analyzeFixture, type AnalyzedFixture } from './support/analyze-fixture.ts';

describe('analyze: basic fixture', () => {
  let fx: AnalyzedFixture;
  beforeAll(async () => {
    fx = await analyzeFixture(basic, { name: 'Basic Calc' });
  });
  afterAll(() => fx.cleanup());

  it('records the repo and the pinned commit', async () => {
    const [repo] = await fx.query('SELECT * FROM repos');
    expect(repo).toMatchObject({
      repo_id: 'basic-calc',
      name: 'Basic Calc',
      source: fx.repo.dir,
      source_kind: 'worktree',
      requested_rev: 'HEAD',
      head_sha: fx.repo.headSha,
      commit_count: basicExpected.commitCount,
      is_shallow: false,
      miner: 'git',
      warning_count: 0,
    });
    expect(repo?.head_at).toEqual(new Date('2023-01-11T15:00:00-05:00'));
  });

  it('applies .mailmap to authors and keeps the raw identity', async () => {
    const byEmail = await fx.query(
      'SELECT author_email, count(*)::INT AS n FROM commits GROUP BY 1 ORDER BY 1',
    );
    expect(Object.fromEntries(byEmail.map((r) => [r.author_email, r.n]))).toEqual(
      basicExpected.commitsByAuthorEmail,
    );
    const raw = await fx.query(
      'SELECT author_email_raw, count(*)::INT AS n FROM commits GROUP BY 1 ORDER BY 1',
    );
    expect(Object.fromEntries(raw.map((r) => [r.author_email_raw, r.n]))).toEqual(
      basicExpected.commitsByRawAuthorEmail,
    );
  });

  it('has one authors row per canonical identity, co-authors included', async () => {
    const rows = await fx.query(
      'SELECT author_id, name, commit_count, first_commit_at, last_commit_at FROM authors ORDER BY 1',
    );
    expect(rows).toEqual([
      {
        author_id: 'ada@example.com',
        name: 'Ada Lovelace',
        commit_count: 4,
        first_commit_at: new Date('2023-01-02T08:00:00Z'),
        last_commit_at: new Date('2023-01-11T09:00:00Z'),
      },
      {
        author_id: 'brian@example.com',
        name: 'Brian Kernighan',
        commit_count: 2,
        first_commit_at: new Date('2023-01-03T15:30:00Z'),
        last_commit_at: new Date('2023-01-06T21:45:00Z'),
      },
      {
        author_id: 'grace@example.com',
        name: 'Grace Hopper',
        commit_count: 2,
        first_commit_at: new Date('2023-01-05T14:15:00Z'),
        last_commit_at: new Date('2023-01-10T13:00:00Z'),
      },
    ]);
  });

  it('keeps Co-authored-by trailers', async () => {
    const rows = await fx.query('SELECT sha, author_id, name, trailer FROM commit_coauthors');
    expect(rows).toEqual([
      {
        sha: fx.repo.shas['add-mul'],
        author_id: 'brian@example.com',
        name: 'Brian Kernighan',
        trailer: 'Brian Kernighan <brian@example.com>',
      },
    ]);
  });

  it('stores dates with their zone and the committer apart from the author', async () => {
    const [usage] = await fx.query(`SELECT * FROM commits WHERE sha = '${fx.repo.shas.usage}'`);
    expect(usage).toMatchObject({
      author_name: 'Ada Lovelace',
      committer_name: 'Brian Kernighan',
      authored_at: new Date('2023-01-11T09:00:00Z'),
      author_tz_offset: 60,
      committed_at: new Date('2023-01-11T20:00:00Z'),
      committer_tz_offset: -300,
      subject: 'Document usage',
      parents: [fx.repo.shas['drop-mul']],
      is_merge: false,
    });
  });

  it('has the churn git log --numstat reports, renames followed', async () => {
    const rows = await fx.query(
      'SELECT path, sum(added)::INT AS a, sum(deleted)::INT AS d FROM file_changes GROUP BY 1',
    );
    expect(Object.fromEntries(rows.map((r) => [r.path, [r.a, r.d]]))).toEqual(basicExpected.numstatByPath);
    const renames = await fx.query('SELECT sha, old_path, path FROM file_changes WHERE old_path IS NOT NULL');
    expect(renames).toEqual([
      { sha: fx.repo.shas['rename-sub'], old_path: 'src/sub.js', path: 'src/subtract.js' },
    ]);
  });

  it('lists the tree of the pinned commit', async () => {
    const rows = await fx.query('SELECT path, kind, mode, size FROM files ORDER BY path');
    expect(rows.map((r) => r.path)).toEqual(basicExpected.filesAtHead);
    expect(rows.find((r) => r.path === 'src/add.js')).toEqual({
      path: 'src/add.js',
      kind: 'file',
      mode: '100644',
      size: 62n,
    });
  });
});
