import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mineWithIsomorphicGit } from '../src/mine/isogit/mine-with-isomorphic-git.ts';
import type { GitDate, MinedChange, MinedCommit, MinedWarning } from '../src/mine/types.ts';
import type { Scenario } from '@diligent/fixtures';

/**
 * Differential test: the isomorphic-git miner must emit exactly what `git log --numstat -z`
 * prints, commit by commit and row by row, on real repositories built with the git binary.
 */

const cleanups: string[] = [];
afterAll(() => {
  for (const dir of cleanups) rmSync(dir, { recursive: true, force: true });
});

const gitEnv = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: '/nonexistent',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Ada Author',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Cy Committer',
  GIT_COMMITTER_EMAIL: 'cy@example.com',
  LC_ALL: 'C',
};

/** A throwaway repository driven through the git binary with fixed identities and dates. */
class TestRepo {
  readonly dir: string;
  clock = 1_700_000_000;

  constructor() {
    this.dir = realpathSync(mkdtempSync(join(tmpdir(), 'isogit-miner-')));
    cleanups.push(this.dir);
    this.git('-c', 'init.defaultBranch=main', 'init', '-q');
  }

  git(...args: string[]): string {
    return this.gitBytes(args).toString('utf8');
  }

  gitBytes(args: string[], input?: string | Buffer): Buffer {
    const env = {
      ...gitEnv,
      GIT_AUTHOR_DATE: `${this.clock} +0130`,
      GIT_COMMITTER_DATE: `${this.clock + 7} -0800`,
    };
    return execFileSync('git', args, { cwd: this.dir, env, input, maxBuffer: 1 << 28 });
  }

  write(path: string, content: string | Buffer): this {
    mkdirSync(dirname(join(this.dir, path)), { recursive: true });
    rmSync(join(this.dir, path), { force: true });
    writeFileSync(join(this.dir, path), content);
    return this;
  }

  symlink(path: string, target: string): this {
    rmSync(join(this.dir, path), { force: true });
    symlinkSync(target, join(this.dir, path));
    return this;
  }

  remove(path: string): this {
    rmSync(join(this.dir, path), { recursive: true, force: true });
    return this;
  }

  chmod(path: string, mode: number): this {
    chmodSync(join(this.dir, path), mode);
    return this;
  }

  move(from: string, to: string): this {
    mkdirSync(dirname(join(this.dir, to)), { recursive: true });
    renameSync(join(this.dir, from), join(this.dir, to));
    return this;
  }

  commit(message: string): string {
    this.clock += 3600;
    this.git('add', '-A');
    this.gitBytes(
      ['commit', '-q', '--allow-empty', '--allow-empty-message', '--cleanup=verbatim', '-F', '-'],
      message,
    );
    return this.head();
  }

  head(): string {
    return this.git('rev-parse', 'HEAD').trim();
  }

  gitDir(): string {
    return join(this.dir, '.git');
  }
}

interface Mined {
  commits: Map<string, { commit: MinedCommit; changes: MinedChange[] }>;
  warnings: MinedWarning[];
}

const finalLineCounts = gitCountsFinalLineInSimilarity(
  execFileSync('git', ['--version'], { encoding: 'utf8' }),
);

/** Git 2.43.2 and later count a final line without newline when scoring renames (1c5bc6971e). */
function gitCountsFinalLineInSimilarity(version: string): boolean {
  const [major = 0, minor = 0, patch = 0] = (/(\d+)\.(\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
  return major * 1e6 + minor * 1e3 + patch >= 2_043_002;
}

async function mine(gitDir: string, pinnedSha: string): Promise<Mined> {
  const mined: Mined = { commits: new Map(), warnings: [] };
  await mineWithIsomorphicGit(
    { gitDir, pinnedSha },
    {
      commit: (commit, changes) => void mined.commits.set(commit.sha, { commit, changes: sortRows(changes) }),
      warning: (warning) => void mined.warnings.push(warning),
    },
    { similarityCountsFinalLine: finalLineCounts },
  );
  return mined;
}

const logFormat = '--format=%x01%H%x00%P%x00%an%x00%ae%x00%ad%x00%cn%x00%ce%x00%cd%x00%s%x00%b%x00';

/** What git prints, parsed by a deliberately simple reader of the -z stream. */
function gitLog(gitDir: string, pinnedSha: string): Mined['commits'] {
  const args = ['--git-dir', gitDir, 'log', '--numstat', '-z', '--date=raw', logFormat, pinnedSha];
  const out = execFileSync('git', args, { env: gitEnv, maxBuffer: 1 << 28 }).toString('utf8');
  const commits: Mined['commits'] = new Map();
  for (const record of out.split('\x01').slice(1)) {
    const tokens = record.split('\0');
    const [sha = '', parents = '', an = '', ae = '', ad = '', cn = '', ce = '', cd = '', s = '', b = ''] =
      tokens;
    const commit: MinedCommit = {
      sha,
      parents: parents === '' ? [] : parents.split(' '),
      author: { name: an, email: ae },
      authorDate: rawDate(ad),
      committer: { name: cn, email: ce },
      committerDate: rawDate(cd),
      subject: s,
      body: b,
    };
    commits.set(sha, { commit, changes: sortRows(numstatRows(tokens.slice(11))) });
  }
  return commits;
}

function numstatRows(tokens: string[]): MinedChange[] {
  const rows: MinedChange[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = (tokens[i] ?? '').replace(/^\n/, '');
    if (token === '') continue;
    const [added = '', deleted = '', ...rest] = token.split('\t');
    const counts = { added: count(added), deleted: count(deleted), binary: added === '-' };
    const path = rest.join('\t');
    if (path !== '') {
      rows.push({ path, oldPath: null, ...counts });
      continue;
    }
    // A rename: empty path here, then the old and the new path as their own tokens.
    rows.push({ oldPath: tokens[i + 1] ?? '', path: tokens[i + 2] ?? '', ...counts });
    i += 2;
  }
  return rows;
}

const count = (text: string): number | null => (text === '-' ? null : Number(text));

/** As the git-binary miner reads `--date=raw`: git prints `0 +0000` for dates it cannot parse. */
function rawDate(text: string): GitDate | null {
  const match = /^(\d+) ([+-])(\d\d)(\d\d)$/.exec(text);
  if (!match || Number(match[1]) === 0) return null;
  const minutes = Number(match[3]) * 60 + Number(match[4]);
  return { epochSeconds: Number(match[1]), tzOffsetMinutes: match[2] === '-' ? -minutes : minutes };
}

function sortRows(rows: MinedChange[]): MinedChange[] {
  const key = (r: MinedChange): string => `${r.path}\0${r.oldPath ?? ''}`;
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

async function expectSameAsGit(repo: TestRepo, pinnedSha = repo.head()): Promise<Mined> {
  return expectSameAsGitIn(repo.gitDir(), pinnedSha);
}

async function expectSameAsGitIn(gitDir: string, pinnedSha: string): Promise<Mined> {
  const mined = await mine(gitDir, pinnedSha);
  const expected = gitLog(gitDir, pinnedSha);
  expect([...mined.commits.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [sha, want] of expected) expect(mined.commits.get(sha), sha).toEqual(want);
  return mined;
}

/** Deterministic pseudo-random lines, so large files exercise xdiff's heuristics reproducibly. */
function lines(seed: number, count: number, alphabet: number, prefix = 'line'): string[] {
  let state = seed;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => `${prefix} ${Math.floor(next() * alphabet)}\n`);
}

/** `count` distinct 10-byte lines: the similarity of two such files is the share of lines kept. */
const tenByteLines = (tag: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => `${tag}${String(i).padStart(8, '0')}\n`.slice(-10));

describe('isomorphic-git miner equals git log --numstat', () => {
  it('detects renames as git does: exact, by file name, by similarity around 50%', async () => {
    const repo = new TestRepo();
    const thresholdTags = { 49: 'p', 50: 'q', 51: 's' } as const;
    repo.write('pure/original.txt', 'same content\nmoved as is\n');
    repo.write('edit/basename.c', tenByteLines('b', 40).join(''));
    repo.write('edit/matrix-old.c', tenByteLines('c', 40).join(''));
    for (const [kept, tag] of Object.entries(thresholdTags))
      repo.write(`threshold/${kept}.txt`, tenByteLines(tag, 100).join(''));
    for (const name of ['a', 'b', 'c']) repo.write(`ties/${name}.txt`, tenByteLines('t', 100).join(''));
    for (const name of ['one', 'two', 'three']) repo.write(`twins/${name}.txt`, 'identical twin\n');
    repo.write('empty-old', '');
    repo.write('rivals/target-source-a.txt', tenByteLines('r', 30).join(''));
    repo.write('rivals/target-source-b.txt', tenByteLines('r', 25).join(''));
    repo.write(
      'no-final-lf',
      'a\n0\n1\n2\n3\n4\n5\n6\n7\n8\n9\ngit ignores final up to 63 characters if not newline terminated',
    );
    repo.commit('start');

    repo.move('pure/original.txt', 'elsewhere/renamed.txt');
    repo
      .remove('edit/basename.c')
      .write('moved/basename.c', [...tenByteLines('b', 32), ...tenByteLines('x', 8)].join(''));
    repo
      .remove('edit/matrix-old.c')
      .write('moved/matrix-new.c', [...tenByteLines('c', 24), ...tenByteLines('y', 16)].join(''));
    for (const [kept, tag] of Object.entries(thresholdTags)) {
      const edited = [
        ...tenByteLines(tag, 100).slice(0, Number(kept)),
        ...tenByteLines('z', 100 - Number(kept)),
      ];
      repo.remove(`threshold/${kept}.txt`).write(`threshold-new/${kept}-renamed.txt`, edited.join(''));
    }
    for (const [name, kept] of [
      ['x', 60],
      ['y', 70],
      ['z', 60],
    ] as const) {
      const edited = [...tenByteLines('t', 100).slice(0, kept), ...tenByteLines(name, 100 - kept)];
      repo
        .remove(`ties/${name === 'x' ? 'a' : name === 'y' ? 'b' : 'c'}.txt`)
        .write(`ties-new/${name}.txt`, edited.join(''));
    }
    for (const name of ['one', 'two', 'three']) repo.remove(`twins/${name}.txt`);
    for (const name of ['uno', 'two', 'tres']) repo.write(`twins-new/${name}.txt`, 'identical twin\n');
    repo.move('empty-old', 'empty-new');
    repo.remove('rivals').write('rivals-new/target.txt', tenByteLines('r', 28).join(''));
    repo
      .remove('no-final-lf')
      .write(
        'still-absent-final-lf',
        'b\n0\n1\n2\n3\n4\n5\n6\n7\n8\n9\ngit ignores final up to 63 characters if not newline terminated',
      );
    repo.commit('renames of every kind');

    const mined = await expectSameAsGit(repo);
    expect(mined.warnings).toEqual([]);
    const renamed = new Map(mined.commits.get(repo.head())?.changes.map((c) => [c.path, c.oldPath]));
    expect(renamed.get('threshold-new/49-renamed.txt')).toBeNull();
    expect(renamed.get('threshold-new/50-renamed.txt')).toBe('threshold/50.txt');
    expect(renamed.get('moved/basename.c')).toBe('edit/basename.c');
    expect(renamed.get('moved/matrix-new.c')).toBe('edit/matrix-old.c');
  });

  it('counts binary files, missing final newlines, deletes, re-adds and CRLF like git', async () => {
    const repo = new TestRepo();
    repo.write('image.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    repo.write('late-nul.txt', Buffer.concat([Buffer.from('x\n'.repeat(4500)), Buffer.from([0])]));
    repo.write('tail.txt', 'one\ntwo\nthree');
    repo.write('gone.txt', 'will be deleted\n');
    repo.write('crlf.txt', 'windows\r\nline\r\nendings\r\n');
    repo.commit('binaries and texts');
    repo.write('image.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 9, 9, 9, 9]));
    repo.write(
      'late-nul.txt',
      Buffer.concat([Buffer.from('y\n'), Buffer.from('x\n'.repeat(4500)), Buffer.from([0])]),
    );
    repo.write('tail.txt', 'one\ntwo\nthree\n');
    repo.remove('gone.txt');
    repo.write('crlf.txt', 'windows\nline\nendings\n');
    repo.commit('binary edit, final newline added, delete');
    repo.write('tail.txt', 'one\ntwo\nthree\nfour');
    repo.write('gone.txt', 'is back\n');
    repo.write('image.bin', 'now it is text\n');
    repo.move('late-nul.txt', 'renamed-binary.bin');
    repo.commit('re-add, binary becomes text, binary renamed');
    repo.write('tail.txt', '');
    repo.commit('emptied');
    await expectSameAsGit(repo);
  });

  it('handles merges, empty commits, exec bits, symlinks, submodules and file/directory swaps', async () => {
    const repo = new TestRepo();
    repo.write('shared.txt', 'base\n').write('script.sh', 'echo hi\n');
    repo.symlink('link', 'shared.txt');
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('feature.txt', 'feature work\n').commit('feature one');
    repo.write('feature.txt', 'feature work\nmore\n').commit('feature two');
    repo.git('checkout', '-q', 'main');
    repo.write('main.txt', 'main work\n').commit('main one');
    repo.clock += 60;
    repo.gitBytes(['merge', '-q', '--no-ff', '-m', 'Merge branch feature', 'feature']);
    repo.commit('');
    repo.chmod('script.sh', 0o755).commit('make it executable');
    repo.chmod('script.sh', 0o644).write('script.sh', 'echo bye\n').commit('mode and content together');
    repo.symlink('link', 'main.txt').commit('retarget the symlink');
    repo.move('link', 'link-moved');
    repo.commit('rename the symlink');
    repo.remove('link-moved').write('link-moved', 'now a file\n').commit('symlink becomes a file');
    repo
      .remove('shared.txt')
      .write('shared.txt/inside', 'directory now\n')
      .commit('file becomes a directory');
    const [sub1, sub2] = [
      '1111111111111111111111111111111111111111',
      '2222222222222222222222222222222222222222',
    ];
    repo.git('update-index', '--add', '--cacheinfo', `160000,${sub1},vendor/sub`);
    repo.git('commit', '-q', '-m', 'add a submodule');
    repo.git('update-index', '--cacheinfo', `160000,${sub2},vendor/sub`);
    repo.git('commit', '-q', '-m', 'bump the submodule');
    repo.git('rm', '-q', '--cached', 'vendor/sub');
    repo.git('commit', '-q', '-m', 'drop the submodule');
    repo.git('gc', '-q', '--aggressive');
    const mined = await expectSameAsGit(repo);
    expect([...mined.commits.values()].filter((c) => c.commit.parents.length === 2)).toHaveLength(1);
  });

  it('keeps odd file names and messages exactly', async () => {
    const repo = new TestRepo();
    const names = [
      'with space.txt',
      'tab\there.txt',
      'new\nline.txt',
      'ünïcödé/ファイル.txt',
      `quote"s'.txt`,
      'back\\slash.txt',
    ];
    for (const name of names) repo.write(name, `${name}\n`);
    repo.commit('\n\n  Subject line one  \nstill the subject\t\n \nBody para one\r\n\n\nBody two\n');
    for (const name of names) repo.write(name, `${name}\nedited\n`);
    repo.commit('Windows subject\r\n\r\nbody\r\n');
    repo.move('tab\there.txt', 'tab\tmoved.txt');
    repo.commit('no newline at end of message');
    repo.commit('');
    await expectSameAsGit(repo);
  });

  it('matches git on large files where xdiff cuts its search short, also from packs', async () => {
    const repo = new TestRepo();
    repo.write('big/repetitive.txt', lines(1, 3000, 7).join(''));
    repo.write('big/varied.txt', lines(2, 4000, 5000).join(''));
    repo.write('big/rewritten.txt', lines(3, 2500, 40).join(''));
    repo.commit('big files');
    const varied = lines(2, 4000, 5000).map((line, i) => (i % 3 === 0 ? `changed ${i}\n` : line));
    repo.write('big/repetitive.txt', lines(4, 3200, 7).join(''));
    repo.write('big/varied.txt', varied.join(''));
    repo.write('big/rewritten.txt', lines(5, 2600, 40).join(''));
    repo.commit('big edits');
    // A pack whose deltas name their bases by id (REF_DELTA), as some servers and old gits write.
    repo.git('-c', 'repack.useDeltaBaseOffset=false', 'repack', '-q', '-a', '-d', '-f', '--depth=50');
    repo.write('big/varied.txt', varied.slice(100).join('')).commit('after packing');
    await expectSameAsGit(repo);
  });

  it('survives malformed author lines, as git log does', async () => {
    const repo = new TestRepo();
    const first = repo.write('a.txt', 'a\n').commit('good commit');
    const tree = repo.git('rev-parse', 'HEAD^{tree}').trim();
    let parent = first;
    const brokenIdents = [
      'Broken <b@example.com> notadate +0000',
      'No Email At All',
      'Zoneless <z@example.com> 1700000000',
    ];
    for (const ident of brokenIdents) {
      const body = `tree ${tree}\nparent ${parent}\nauthor ${ident}\ncommitter C <c@example.com> 1700000000 +0000\n\nbroken: ${ident}\n`;
      parent = repo
        .gitBytes(['hash-object', '-t', 'commit', '-w', '--literally', '--stdin'], body)
        .toString()
        .trim();
    }
    repo.git('update-ref', 'refs/heads/main', parent);
    const mined = await expectSameAsGit(repo, parent);
    expect(mined.commits.size).toBe(4);
    expect([...mined.commits.values()].filter((c) => c.commit.authorDate === null)).toHaveLength(3);
    // Bad dates are the shared history sink's to report (for both miners alike), not the miner's.
    expect(mined.warnings).toEqual([]);
  });

  it('treats the boundary of a shallow clone as git does', async () => {
    const repo = new TestRepo();
    for (const n of [1, 2, 3, 4])
      repo.write(`f${n}.txt`, `${n}\n`).write('common.txt', `v${n}\n`).commit(`c${n}`);
    const shallow = new TestRepo();
    shallow.git('fetch', '-q', '--depth=2', `file://${repo.dir}`, 'main:refs/heads/copy');
    const mined = await expectSameAsGitIn(shallow.gitDir(), repo.head());
    expect(mined.commits.size).toBe(2);
  });

  it('warns and goes on when a blob object is missing', async () => {
    const repo = new TestRepo();
    repo.write('kept.txt', 'kept\n').write('lost.txt', 'this blob will vanish\n').commit('one');
    repo.write('kept.txt', 'kept\nmore\n').write('lost.txt', 'this blob will vanish\nand this one too\n');
    const second = repo.commit('two');
    const lostBlob = repo.git('rev-parse', `${second}:lost.txt`).trim();
    unlinkSync(join(repo.gitDir(), 'objects', lostBlob.slice(0, 2), lostBlob.slice(2)));

    const mined = await mine(repo.gitDir(), second);
    expect(mined.commits.size).toBe(2);
    expect(mined.commits.get(second)?.changes).toEqual([
      { path: 'kept.txt', oldPath: null, added: 1, deleted: 0, binary: false },
      { path: 'lost.txt', oldPath: null, added: null, deleted: null, binary: false },
    ]);
    expect(mined.warnings).toEqual([
      expect.objectContaining({ kind: 'missing-object', sha: second, path: 'lost.txt' }),
    ]);
    expect(mined.warnings[0]?.message).toContain(lostBlob);
  });
});

// The shared scenarios of @diligent/fixtures, when that package provides them, are one more corpus.
const fixtures = await import('@diligent/fixtures').catch(() => null);
// A variable specifier: the scenarios entry may not exist yet while that package is being written.
const scenariosSpecifier = '@diligent/fixtures/scenarios';
const scenarioModule: unknown = await import(scenariosSpecifier).catch(() => null);
const sharedScenarios = Object.values(scenarioModule ?? {}).filter(
  (value): value is Scenario =>
    typeof value === 'object' && value !== null && 'name' in value && 'commits' in value,
);

describe.runIf(fixtures !== null && sharedScenarios.length > 0)(
  'isomorphic-git miner on the shared fixtures',
  () => {
    it.each(sharedScenarios.map((scenario) => [scenario.name, scenario] as const))(
      '%s',
      async (_, scenario) => {
        const repo = await (fixtures as NonNullable<typeof fixtures>).gitdir(scenario);
        try {
          await expectSameAsGitIn(repo.gitDir, repo.headSha);
        } finally {
          await repo.cleanup();
        }
      },
    );
  },
);
