/**
 * Linguist attributes from `.gitattributes`, checked two ways: exact expected values, and the
 * same paths asked of `git check-attr` in a scratch repository holding the same files.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  linguistAttributesFor,
  parseGitattributes,
  type LinguistAttributes,
} from '../src/measure/category/index.ts';

const rootFile = [
  '# Linguist overrides',
  '*.gen.ts linguist-generated',
  'vendor/** linguist-vendored',
  '/build/*.js linguist-generated=true',
  'docs/** linguist-documentation',
  'docs/internal/** -linguist-documentation',
  '**/fixtures/** linguist-vendored',
  'third_party/keep/** linguist-vendored=false',
  '"with space.txt" linguist-documentation',
  'src/*.js linguist-generated text eol=lf',
  'legacy/ linguist-vendored',
  '*.md !linguist-documentation',
  'generated/[a-c]*.txt linguist-generated',
  '',
].join('\r\n');
const subFile =
  '*.gen.ts -linguist-generated\n/local.js linguist-vendored\ndeep/**/x.js linguist-generated\n';

// Shallower files first, each file's lines in order: later rules override earlier ones.
const rules = [...parseGitattributes(rootFile, ''), ...parseGitattributes(subFile, 'sub')];

const expected: readonly (readonly [string, LinguistAttributes])[] = [
  ['a.gen.ts', { generated: true }], // a pattern without `/` matches the name at any depth
  ['src/a.gen.ts', { generated: true }],
  ['sub/a.gen.ts', { generated: false }], // the deeper file's `-attr` overrides
  ['sub/x/a.gen.ts', { generated: false }],
  ['vendor/a/b.rb', { vendored: true }],
  ['x/vendor/a.rb', {}], // a pattern with `/` is anchored to its file's folder
  ['build/app.js', { generated: true }],
  ['build/sub/app.js', {}], // `*` does not cross `/`
  ['docs/a.md', {}], // `!attr` resets to unspecified
  ['docs/a.txt', { documentation: true }],
  ['docs/internal/a.txt', { documentation: false }],
  ['test/fixtures/a.json', { vendored: true }],
  ['fixtures/a.json', { vendored: true }], // leading `**/` matches zero folders too
  ['third_party/keep/x.c', { vendored: false }],
  ['with space.txt', { documentation: true }],
  ['src/a.js', { generated: true }],
  ['src/lib/a.js', {}],
  ['legacy/a.js', {}], // a trailing `/` names folders, which attributes never reach files through
  ['sub/local.js', { vendored: true }],
  ['sub/x/local.js', {}],
  ['local.js', {}],
  ['sub/deep/x.js', { generated: true }], // `/**/` matches zero or more folders
  ['sub/deep/a/b/x.js', { generated: true }],
  ['generated/b1.txt', { generated: true }],
  ['generated/d1.txt', {}],
];

describe('linguistAttributesFor', () => {
  it.each(expected)('%s', (path, attributes) => {
    expect(linguistAttributesFor(path, rules)).toEqual(attributes);
  });

  it('keeps only lines that mention a Linguist attribute, with their folder', () => {
    expect(parseGitattributes('*.c text\n# x\n[attr]bin -diff\n', '')).toEqual([]);
    expect(parseGitattributes('*.js linguist-vendored\n', './lib/')[0]).toMatchObject({
      base: 'lib',
      pattern: '*.js',
      attributes: { vendored: true },
    });
  });

  it('agrees with git check-attr on every path', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'diligent-gitattributes-'));
    try {
      const git = (args: string[]) => promisify(execFile)('git', args, { cwd: repo });
      await git(['init', '-q', '.']);
      await mkdir(join(repo, 'sub'));
      await writeFile(join(repo, '.gitattributes'), rootFile);
      await writeFile(join(repo, 'sub', '.gitattributes'), subFile);
      const paths = expected.map(([path]) => path);
      const keys = ['linguist-generated', 'linguist-vendored', 'linguist-documentation'];
      const { stdout } = await git(['check-attr', '-z', ...keys, '--', ...paths]);
      expect(fromCheckAttr(stdout, paths)).toEqual(paths.map((path) => linguistAttributesFor(path, rules)));
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });
});

/** `git check-attr -z` prints path NUL attribute NUL value NUL, per path and attribute. */
function fromCheckAttr(stdout: string, paths: readonly string[]): LinguistAttributes[] {
  const fields = stdout.split('\0');
  const byPath = new Map<string, Record<string, boolean>>(paths.map((path) => [path, {}]));
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const [path = '', attribute = '', value = ''] = fields.slice(i, i + 3);
    const key = attribute.replace('linguist-', '');
    if (value === 'unspecified') continue;
    const entry = byPath.get(path);
    if (entry) entry[key] = value !== 'unset' && value !== 'false';
  }
  return paths.map((path) => byPath.get(path) ?? {});
}
