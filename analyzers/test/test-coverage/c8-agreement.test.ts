import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, type TempDir } from '@diligent/fixtures';
import { isRecord, numberAt, recordAt } from '../../src/test-coverage/parse/json-values.ts';
import { parseFile } from './support/parse-text.ts';

const run = promisify(execFile);
const reports = join(import.meta.dirname, '../../../fixtures/coverage-library/reports');
const libraryFiles = ['src/cart.js', 'src/discount.js', 'src/format.js', 'src/inventory.js'];

const relative = (reportPath: string) => reportPath.replace('/build/coverage-library/', '');

type Totals = Record<'lines' | 'branches' | 'functions' | 'statements', [number, number]>;

/** What c8 itself says of each file: its coverage-summary.json, read with plain JSON.parse. */
async function toolSummary(): Promise<Map<string, Totals>> {
  const json: unknown = JSON.parse(await readFile(join(reports, 'coverage-summary.json'), 'utf8'));
  const byFile = new Map<string, Totals>();
  for (const [key, value] of Object.entries(isRecord(json) ? json : {})) {
    if (key === 'total' || !isRecord(value)) continue;
    const pair = (name: string): [number, number] => {
      const measure = recordAt(value, name);
      return [numberAt(measure, 'total') ?? -1, numberAt(measure, 'covered') ?? -1];
    };
    byFile.set(relative(key), {
      lines: pair('lines'),
      branches: pair('branches'),
      functions: pair('functions'),
      statements: pair('statements'),
    });
  }
  return byFile;
}

describe('coverage parsers agree with the tool that wrote the report (c8 over fixtures/coverage-library)', () => {
  let summary: Map<string, Totals>;
  beforeAll(async () => {
    summary = await toolSummary();
  });

  it('has the summary of every library file', () => {
    expect([...summary.keys()]).toEqual(libraryFiles);
  });

  it.each([
    ['lcov.info', 'lcov'],
    ['cobertura-coverage.xml', 'cobertura'],
    ['clover.xml', 'clover'],
    ['coverage-final.json', 'istanbul-final'],
    ['coverage-summary.json', 'istanbul-summary'],
  ])('%s: lines, branches and functions equal c8’s summary, file by file', async (name, format) => {
    const { outcome, files } = await parseFile(join(reports, name));
    expect(outcome).toEqual({ format, status: 'parsed', message: null });
    const actual = files.map((f) => [
      relative(f.reportPath),
      [f.linesFound, f.linesHit],
      [f.branchesFound, f.branchesHit],
      [f.functionsFound, f.functionsHit],
    ]);
    const expected = libraryFiles.map((path) => {
      const t = summary.get(path);
      return [path, t?.lines, t?.branches, t?.functions];
    });
    expect(actual).toEqual(expected);
  });

  it.each(['coverage-final.json', 'clover.xml'])('%s: statements equal c8’s summary', async (name) => {
    const { files } = await parseFile(join(reports, name));
    expect(files.map((f) => [relative(f.reportPath), f.statementsFound, f.statementsHit])).toEqual(
      libraryFiles.map((path) => [path, ...(summary.get(path)?.statements ?? [])]),
    );
  });

  describe('and with genhtml', () => {
    let out: TempDir;
    beforeAll(async () => {
      out = await tempDir('diligent-genhtml-');
    });
    afterAll(() => out.cleanup());

    it('lcov.info: line and function totals per file equal genhtml’s', async () => {
      await run('genhtml', [
        '--no-source',
        '--branch-coverage',
        '-q',
        '-o',
        out.path,
        join(reports, 'lcov.info'),
      ]);
      const page = await readFile(join(out.path, 'src/index.html'), 'utf8');
      // One table row per file: its name, then "hit / found" for lines, functions and branches.
      const genhtml = page
        .split('<td class="coverFile">')
        .slice(1)
        .map((row) => {
          const numbers = [...row.matchAll(/(\d+) \/ (\d+)/g)]
            .slice(0, 3)
            .map((m) => [Number(m[2]), Number(m[1])]);
          return [`src/${row.slice(0, row.indexOf('<'))}`, ...numbers];
        });
      const { files } = await parseFile(join(reports, 'lcov.info'));
      expect(
        files.map((f) => [
          f.reportPath,
          [f.linesFound, f.linesHit],
          [f.functionsFound, f.functionsHit],
          [f.branchesFound, f.branchesHit],
        ]),
      ).toEqual(genhtml);
    });
  });
});
