import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverageReports } from '@diligent/fixtures/scenarios';
import { analyzeFixture, type AnalyzedFixture } from '../support/analyze-fixture.ts';

const reportDay = new Date('2024-03-02T10:00:00Z');
const missing = join(import.meta.dirname, 'no-such-report.info');
const libraryLcov = join(import.meta.dirname, '../../../fixtures/coverage-library/reports/lcov.info');

describe('analyze: committed coverage reports (coverage-reports fixture)', () => {
  let fx: AnalyzedFixture;
  beforeAll(async () => {
    fx = await analyzeFixture(coverageReports);
  });
  afterAll(() => fx.cleanup());

  it('finds the committed reports by name and says what came of each', async () => {
    const rows =
      await fx.query(`SELECT source, format, report_time, status, message, report_files, mapped_files,
      unmapped_files FROM coverage_reports ORDER BY source`);
    const report = (source: string, format: string, status: string, message: string | null, n: number[]) => ({
      source,
      format,
      report_time: reportDay,
      status,
      message,
      report_files: n[0],
      mapped_files: n[1],
      unmapped_files: n[2],
    });
    expect(rows).toEqual([
      report('build/reports/jacoco.xml', 'jacoco', 'truncated', 'ends inside <sourcefile>', [0, 0, 0]),
      report('cover.out', 'go-cover', 'parsed', null, [2, 1, 1]),
      report('coverage/coverage-summary.json', 'istanbul-summary', 'parsed', null, [4, 4, 0]),
      report('coverage/lcov.info', 'lcov', 'parsed', null, [4, 4, 0]),
    ]);
  });

  it('writes the tool’s totals per mapped file, stale where the file changed after the report', async () => {
    const rows = await fx.query(`SELECT path, source, lines_found, lines_hit, branches_found, branches_hit,
      functions_found, functions_hit, statements_found, file_changed_at, is_stale FROM file_coverage ORDER BY source, path`);
    const changed = (day: number) => new Date(`2024-03-0${day}T10:00:00Z`);
    const row = (path: string, source: string, n: (number | null)[], day: number, stale: boolean) => ({
      path,
      source,
      lines_found: n[0],
      lines_hit: n[1],
      branches_found: n[2],
      branches_hit: n[3],
      functions_found: n[4],
      functions_hit: n[5],
      statements_found: n[6],
      file_changed_at: changed(day),
      is_stale: stale,
    });
    const summary = 'coverage/coverage-summary.json';
    const lcov = 'coverage/lcov.info';
    expect(rows).toEqual([
      row('pkg/tax/tax.go', 'cover.out', [1, 1, null, null, null, null, 1], 1, false),
      row('src/cart.js', summary, [24, 24, 9, 8, 4, 4, 24], 1, false),
      row('src/discount.js', summary, [17, 12, 6, 4, 2, 1, 17], 1, false),
      row('src/format.js', summary, [12, 8, 3, 2, 2, 1, 12], 3, true),
      row('src/inventory.js', summary, [10, 0, 1, 0, 1, 0, 10], 1, false),
      row('src/cart.js', lcov, [24, 24, 9, 8, 4, 4, null], 1, false),
      row('src/discount.js', lcov, [17, 12, 6, 4, 2, 1, null], 1, false),
      row('src/format.js', lcov, [12, 8, 3, 2, 2, 1, null], 3, true),
      row('src/inventory.js', lcov, [10, 0, 1, 0, 1, 0, null], 1, false),
    ]);
  });

  it('lists the report paths it could not map, and warns once per report', async () => {
    expect(
      await fx.query(`SELECT source, report_path, reason, candidates, lines_found FROM coverage_unmapped`),
    ).toEqual([
      {
        source: 'cover.out',
        report_path: 'example.com/shop/pkg/gone/gone.go',
        reason: 'not-in-tree',
        candidates: 0,
        lines_found: 2,
      },
    ]);
    expect(
      await fx.query(
        `SELECT kind, path, message FROM analysis_warnings WHERE kind LIKE 'coverage%' ORDER BY path`,
      ),
    ).toEqual([
      {
        kind: 'coverage-report',
        path: 'build/reports/jacoco.xml',
        message: 'truncated: ends inside <sourcefile>',
      },
      {
        kind: 'coverage-unmapped',
        path: 'cover.out',
        message: '1 of 2 report paths match no file (coverage_unmapped)',
      },
    ]);
    const [repo] = await fx.query(`SELECT warning_count FROM repos`);
    expect(repo).toEqual({ warning_count: 2 });
  });

  it('reaches other languages by their naming and folder conventions', async () => {
    const rows = await fx.query(
      `SELECT test_path, path, method, distance FROM test_reach ORDER BY test_path, path`,
    );
    expect(rows).toEqual([
      { test_path: 'pkg/tax/tax_test.go', path: 'pkg/tax/tax.go', method: 'naming', distance: null },
      { test_path: 'spec/shop/order_spec.rb', path: 'lib/shop/order.rb', method: 'naming', distance: null },
      {
        test_path: 'src/test/java/com/acme/CartTest.java',
        path: 'src/main/java/com/acme/Cart.java',
        method: 'naming',
        distance: null,
      },
      { test_path: 'test/cart.test.js', path: 'src/cart.js', method: 'imports', distance: 1 },
      { test_path: 'test/cart.test.js', path: 'src/discount.js', method: 'imports', distance: 2 },
      { test_path: 'test/format.test.js', path: 'src/format.js', method: 'imports', distance: 1 },
      { test_path: 'tests/test_pricing.py', path: 'app/pricing.py', method: 'naming', distance: null },
    ]);
  });

  it('labels each code file’s coverage as measured, estimated or none', async () => {
    const rows =
      await fx.query(`SELECT path, is_test, coverage_source, line_coverage, tested_by, test_distance,
      reach_method, report_source, is_stale FROM file_test_status WHERE language IS NOT NULL AND category IN ('source', 'test')
      ORDER BY path`);
    const summary = 'coverage/coverage-summary.json';
    expect(rows.map(Object.values)).toEqual([
      ['app/pricing.py', false, 'estimate', null, 1, null, 'naming', null, null],
      ['lib/shop/order.rb', false, 'estimate', null, 1, null, 'naming', null, null],
      ['pkg/tax/tax.go', false, 'report', 1, 1, null, 'naming', 'cover.out', false],
      ['pkg/tax/tax_test.go', true, 'none', null, 0, null, null, null, null],
      ['spec/shop/order_spec.rb', true, 'none', null, 0, null, null, null, null],
      ['src/cart.js', false, 'report', 1, 1, 1, 'imports', summary, false],
      ['src/discount.js', false, 'report', 12 / 17, 1, 2, 'imports', summary, false],
      // Both reports are stale for format.js; the tie goes to the report name.
      ['src/format.js', false, 'report', 8 / 12, 1, 1, 'imports', summary, true],
      ['src/inventory.js', false, 'report', 0, 0, null, null, summary, false],
      ['src/main/java/com/acme/Cart.java', false, 'estimate', null, 1, null, 'naming', null, null],
      ['src/test/java/com/acme/CartTest.java', true, 'none', null, 0, null, null, null, null],
      ['test/cart.test.js', true, 'none', null, 0, null, null, null, null],
      ['test/format.test.js', true, 'none', null, 0, null, null, null, null],
      ['tests/test_pricing.py', true, 'none', null, 0, null, null, null, null],
    ]);
  });

  it('rolls coverage up to the repo', async () => {
    const [root] = await fx.query(`SELECT * EXCLUDE (repo_id) FROM coverage_rollup WHERE directory = ''`);
    expect(root).toEqual({
      directory: '',
      depth: 0,
      source_files: 8,
      test_files: 6,
      source_code_lines: 60,
      test_code_lines: 28,
      test_to_code_ratio: 28 / 60,
      reported_files: 5,
      stale_files: 1,
      lines_found: 64,
      lines_hit: 45,
      line_coverage: 45 / 64,
      branches_found: 19,
      branches_hit: 14,
      functions_found: 9,
      functions_hit: 6,
      reached_files: 7,
      unreached_files: 0,
    });
  });
});

describe('analyze --coverage FILE', () => {
  let fx: AnalyzedFixture;
  beforeAll(async () => {
    const time = new Date('2024-03-04T00:00:00Z');
    fx = await analyzeFixture(coverageReports, { coverage: { files: [libraryLcov, missing], time } });
  });
  afterAll(() => fx.cleanup());

  it('reads the file at the time given; a fresh report wins over stale committed ones', async () => {
    const [report] =
      await fx.query(`SELECT origin, format, report_time, status, mapped_files FROM coverage_reports
      WHERE source = '${libraryLcov}'`);
    expect(report).toEqual({
      origin: 'cli',
      format: 'lcov',
      report_time: new Date('2024-03-04T00:00:00Z'),
      status: 'parsed',
      mapped_files: 4,
    });
    const [format] = await fx.query(`SELECT coverage_source, line_coverage, report_source, is_stale
      FROM file_test_status WHERE path = 'src/format.js'`);
    expect(format).toEqual({
      coverage_source: 'report',
      line_coverage: 8 / 12,
      report_source: libraryLcov,
      is_stale: false,
    });
  });

  it('records a --coverage file it cannot read, with a warning, and goes on', async () => {
    const rows = await fx.query(
      `SELECT status, message, report_files FROM coverage_reports WHERE source = '${missing}'`,
    );
    expect(rows).toEqual([{ status: 'unreadable', message: 'cannot read the file', report_files: 0 }]);
    const warnings = await fx.query(`SELECT message FROM analysis_warnings WHERE path = '${missing}'`);
    expect(warnings).toEqual([{ message: 'unreadable: cannot read the file' }]);
  });
});
