import { describe, expect, it } from 'vitest';
import { counts, parseText } from './support/parse-text.ts';

const location = (line: number) => ({ start: { line, column: 0 }, end: { line, column: 9 } });

const finalReport = JSON.stringify({
  '/ci/app/src/a.js': {
    path: '/ci/app/src/a.js',
    statementMap: { 0: location(1), 1: location(2), 2: location(2), 3: location(4) },
    fnMap: {},
    branchMap: {},
    s: { 0: 1, 1: 0, 2: 3, 3: 0 },
    f: { 0: 1, 1: 0 },
    b: { 0: [1, 0], 1: [0, 0, 2] },
  },
  'src/b.js': {
    path: 'src/b.js',
    statementMap: { 0: location(7) },
    s: { 0: 0 },
    f: {},
    b: {},
    note: 'braces } and quotes \\" in strings { [',
  },
});

const summaryReport = JSON.stringify({
  total: { lines: { total: 9, covered: 9, skipped: 0, pct: 100 } },
  'C:\\app\\src\\a.js': {
    lines: { total: 3, covered: 2, skipped: 0, pct: 66.66 },
    functions: { total: 2, covered: 1, skipped: 0, pct: 50 },
    statements: { total: 4, covered: 2, skipped: 0, pct: 50 },
    branches: { total: 5, covered: 2, skipped: 0, pct: 40 },
  },
  'src/b.js': { lines: { total: 1, covered: 0, skipped: 0, pct: 0 } },
});

const goProfile = [
  'mode: count',
  'example.com/shop/cart/cart.go:3.20,5.2 2 1',
  'example.com/shop/cart/cart.go:7.10,9.3 1 0',
  'example.com/shop/cart/cart.go:8.5,8.20 1 0',
  'example.com/shop/tax.go:1.1,2.2 3 0',
  'example.com/shop/cart/cart.go:7.10,9.3 1 2',
  '',
].join('\n');

describe('istanbul coverage-final.json parser', () => {
  const a = counts('/ci/app/src/a.js', [3, 2], [5, 2], [2, 1], [4, 2]);
  const b = counts('src/b.js', [1, 0], [0, 0], [0, 0], [1, 0]);

  it('totals each entry as istanbul-lib-coverage does', async () => {
    const { outcome, files } = await parseText(finalReport, 'coverage-final.json');
    expect(outcome).toEqual({ format: 'istanbul-final', status: 'parsed', message: null });
    expect(files).toEqual([a, b]);
  });

  it('splits entries alike however the text is chunked', async () => {
    for (const size of [1, 2, 3, 5, 64])
      expect((await parseText(finalReport, 'coverage-final.json', size)).files).toEqual([a, b]);
  });

  it('keeps the entries before a truncation', async () => {
    const { outcome, files } = await parseText(
      finalReport.slice(0, finalReport.indexOf('"f":{}')),
      'coverage-final.json',
    );
    expect(outcome).toEqual({
      format: 'istanbul-final',
      status: 'truncated',
      message: 'ends inside the entry after "src/b.js"',
    });
    expect(files).toEqual([a]);
  });

  it('skips a broken entry alone', async () => {
    const broken = finalReport.replace('"s":{"0":1,', '"s":{"0":1x,');
    const { outcome, files } = await parseText(broken, 'coverage-final.json');
    expect(outcome).toEqual({
      format: 'istanbul-final',
      status: 'malformed',
      message: '1 broken entr(ies); first: the entry of /ci/app/src/a.js is not valid JSON',
    });
    expect(files).toEqual([b]);
  });

  it('says where the structure breaks', async () => {
    const { outcome, files } = await parseText(
      finalReport.replace(',"src/b.js"', ',,"src/b.js"'),
      'coverage-final.json',
    );
    expect(outcome.status).toBe('malformed');
    expect(outcome.message).toMatch(/^expected a key at character \d+$/);
    expect(files).toEqual([a]);
  });
});

describe('istanbul coverage-summary.json parser', () => {
  it('takes the totals as written, skipping the grand total', async () => {
    const { outcome, files } = await parseText(summaryReport, 'coverage-summary.json');
    expect(outcome).toEqual({ format: 'istanbul-summary', status: 'parsed', message: null });
    expect(files).toEqual([
      counts('C:\\app\\src\\a.js', [3, 2], [5, 2], [2, 1], [4, 2]),
      counts('src/b.js', [1, 0], null, null, null),
    ]);
  });
});

describe('Go coverprofile parser', () => {
  const cart = counts('example.com/shop/cart/cart.go', [6, 6], null, null, [4, 3]);
  const tax = counts('example.com/shop/tax.go', [2, 0], null, null, [3, 0]);

  it('counts distinct blocks’ statements (repeated blocks add their counts) and the lines they span', async () => {
    const { outcome, files } = await parseText(goProfile, 'coverage.out');
    expect(outcome).toEqual({ format: 'go-cover', status: 'parsed', message: null });
    expect(files).toEqual([cart, tax]);
  });

  it('reports a profile cut mid-line as truncated and keeps the rest', async () => {
    const { outcome, files } = await parseText(
      goProfile.slice(0, goProfile.lastIndexOf(' 1 2')),
      'coverage.out',
    );
    expect(outcome).toEqual({
      format: 'go-cover',
      status: 'truncated',
      message: 'the last line is cut short: line 6: "example.com/shop/cart/cart.go:7.10,9.3"',
    });
    expect(files).toEqual([counts('example.com/shop/cart/cart.go', [6, 3], null, null, [4, 2]), tax]);
  });
});
