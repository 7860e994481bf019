import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { polyglot } from '@diligent/fixtures/scenarios';
import { analyzeFixture, type AnalyzedFixture } from './support/analyze-fixture.ts';

const run = promisify(execFile);

// path: language, category, [code, comment, blank], functions, cyclomatic sum/max, cognitive sum/max, status
const expectedFiles = [
  ['.gitattributes', null, 'config', null, null, null, 'unknown-language'],
  ['README.md', 'Markdown', 'documentation', [2, 0, 1], null, null, 'lines-only'],
  ['assets/logo.png', null, 'source', null, null, null, 'binary'],
  ['current', null, null, null, null, null, 'not-read'],
  ['docs/guide.md', 'Markdown', 'documentation', [2, 0, 1], null, null, 'lines-only'],
  ['gen/api.ts', 'TypeScript', 'generated', [1, 1, 0], 0, [0, 0, 0, 0], 'measured'],
  ['package-lock.json', 'JSON', 'generated', [4, 0, 0], null, null, 'lines-only'],
  ['package.json', 'JSON', 'config', [4, 0, 0], null, null, 'lines-only'],
  ['public/app.min.js', 'JavaScript', 'minified', [1, 0, 0], 1, [1, 1, 0, 0], 'measured'],
  ['src/broken.ts', 'TypeScript', 'source', [3, 0, 0], 0, [0, 0, 0, 0], 'syntax-error'],
  ['src/deep.js', 'JavaScript', 'minified', [1, 0, 0], null, null, 'unparseable'],
  ['src/math.ts', 'TypeScript', 'source', [1, 0, 0], 1, [1, 1, 0, 0], 'measured'],
  ['src/plan.ts', 'TypeScript', 'source', [4, 0, 0], 0, [0, 0, 0, 0], 'measured'],
  ['src/pricing.test.ts', 'TypeScript', 'test', [4, 0, 1], 1, [1, 1, 0, 0], 'measured'],
  ['src/pricing.ts', 'TypeScript', 'source', [19, 2, 3], 3, [8, 4, 6, 3], 'measured'],
  ['src/schema.generated.ts', 'TypeScript', 'generated', [1, 0, 0], 0, [0, 0, 0, 0], 'measured'],
  ['third_party/kept/util.js', 'JavaScript', 'source', [1, 0, 0], 1, [2, 2, 0, 0], 'measured'],
  ['tsconfig.json', 'JSON', 'config', [3, 0, 0], null, null, 'lines-only'],
  ['vendor/lib/left-pad.js', 'JavaScript', 'vendored', [3, 0, 0], 1, [1, 1, 0, 0], 'measured'],
  ['worker/jobs.py', 'Python', 'source', [5, 2, 1], 1, [4, 4, 4, 4], 'measured'],
  ['worker/main.go', 'Go', 'source', [7, 1, 2], 1, [2, 2, 1, 1], 'measured'],
] as const;

describe('analyze: polyglot fixture (measurement of every kind of file)', () => {
  let fx: AnalyzedFixture;
  beforeAll(async () => {
    fx = await analyzeFixture(polyglot);
  });
  afterAll(() => fx.cleanup());

  it('classifies and measures every file exactly', async () => {
    const rows =
      await fx.query(`SELECT path, language, category, code_lines, comment_lines, blank_lines, function_count,
      cyclomatic_sum, cyclomatic_max, cognitive_sum, cognitive_max, measure_status FROM files ORDER BY path`);
    const actual = rows.map((r) => [
      r.path,
      r.language,
      r.category,
      r.code_lines === null ? null : [r.code_lines, r.comment_lines, r.blank_lines],
      r.function_count,
      r.cyclomatic_sum === null
        ? null
        : [r.cyclomatic_sum, r.cyclomatic_max, r.cognitive_sum, r.cognitive_max],
      r.measure_status,
    ]);
    expect(actual).toEqual(expectedFiles);
  });

  it('counts lines exactly as cloc does, file by file', async () => {
    const { stdout } = await run('cloc', ['--by-file', '--json', '--quiet', '.'], { cwd: fx.repo.dir });
    const cloc: Record<string, { language: string; code: number; comment: number; blank: number }> =
      JSON.parse(stdout);
    const fromCloc = Object.entries(cloc)
      .filter(([path]) => path !== 'header' && path !== 'SUM')
      .map(([path, v]) => [path.replace(/^\.\//, ''), v.language, v.code, v.comment, v.blank])
      .sort();
    const ours = await fx.query(
      'SELECT path, language, code_lines, comment_lines, blank_lines FROM files WHERE code_lines IS NOT NULL ORDER BY path',
    );
    expect(ours.map((r) => [r.path, r.language, r.code_lines, r.comment_lines, r.blank_lines])).toEqual(
      fromCloc,
    );
  });

  it('measures each function: name, kind, position, params, lines, complexity', async () => {
    const rows = await fx.query(
      `SELECT path || ' ' || name || ' ' || kind || ' ' || start_line || ':' || start_column || '-' || end_line
        || ' p' || params || ' l' || code_lines || ' cy' || cyclomatic || ' cg' || cognitive AS f FROM functions ORDER BY path, start_line`,
    );
    expect(rows.map((r) => r.f)).toEqual([
      'public/app.min.js <anonymous@1> function 1:2-1 p0 l1 cy1 cg0',
      'src/math.ts round arrow 1:22-1 p1 l1 cy1 cg0',
      'src/pricing.test.ts <anonymous@3> arrow 3:20-5 p0 l3 cy1 cg0',
      'src/pricing.ts applyDiscount function 5:8-11 p2 l7 cy4 cg3',
      'src/pricing.ts Invoice.constructor constructor 14:14-14 p1 l1 cy1 cg0',
      'src/pricing.ts Invoice.total method 17:8-23 p0 l7 cy3 cg3',
      'third_party/kept/util.js keep arrow 1:21-1 p1 l1 cy2 cg0',
      'vendor/lib/left-pad.js module.exports function 1:18-3 p2 l3 cy1 cg0',
      'worker/jobs.py retry function 3:1-8 p2 l5 cy4 cg4',
      'worker/main.go main function 6:1-10 p0 l5 cy2 cg1',
    ]);
  });

  it('resolves the TypeScript import graph, type-only imports marked', async () => {
    const rows = await fx.query(
      'SELECT path, line, specifier, target_kind, target_path, is_type_only FROM imports ORDER BY path, line',
    );
    expect(rows).toEqual([
      {
        path: 'src/pricing.test.ts',
        line: 1,
        specifier: './pricing',
        target_kind: 'file',
        target_path: 'src/pricing.ts',
        is_type_only: false,
      },
      {
        path: 'src/pricing.ts',
        line: 1,
        specifier: './plan',
        target_kind: 'file',
        target_path: 'src/plan.ts',
        is_type_only: true,
      },
      {
        path: 'src/pricing.ts',
        line: 2,
        specifier: './math',
        target_kind: 'file',
        target_path: 'src/math.ts',
        is_type_only: false,
      },
    ]);
  });

  it('records what it could not measure, and goes on', async () => {
    const rows = await fx.query('SELECT kind, path FROM analysis_warnings ORDER BY path');
    expect(rows).toEqual([
      { kind: 'syntax-error', path: 'src/broken.ts' },
      { kind: 'unparseable', path: 'src/deep.js' },
    ]);
  });
});
