import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { polyglot } from '@diligent/fixtures/scenarios';
import { analyzeFixture, type AnalyzedFixture } from '../support/analyze-fixture.ts';

describe('coverage estimate: polyglot fixture (no report, TS reach through imports)', () => {
  let fx: AnalyzedFixture;
  beforeAll(async () => {
    fx = await analyzeFixture(polyglot);
  });
  afterAll(() => fx.cleanup());

  it('reaches what the test imports at run time, transitively, with the shortest distance', async () => {
    const rows = await fx.query(`SELECT test_path, path, method, distance FROM test_reach ORDER BY path`);
    expect(rows).toEqual([
      { test_path: 'src/pricing.test.ts', path: 'src/math.ts', method: 'imports', distance: 2 },
      { test_path: 'src/pricing.test.ts', path: 'src/pricing.ts', method: 'imports', distance: 1 },
    ]);
  });

  it('writes one file_test_status row per regular file, estimates labelled as such', async () => {
    const rows =
      await fx.query(`SELECT path, is_test, coverage_source, line_coverage, tested_by, test_distance
      FROM file_test_status WHERE path LIKE 'src/%' OR path LIKE 'worker/%' ORDER BY path`);
    const row = (
      path: string,
      isTest: boolean,
      source: string,
      testedBy: number,
      distance: number | null,
    ) => ({
      path,
      is_test: isTest,
      coverage_source: source,
      line_coverage: null,
      tested_by: testedBy,
      test_distance: distance,
    });
    expect(rows).toEqual([
      row('src/broken.ts', false, 'none', 0, null),
      row('src/deep.js', false, 'none', 0, null),
      row('src/math.ts', false, 'estimate', 1, 2),
      // Only a type is imported from plan.ts: nothing of it runs under the test.
      row('src/plan.ts', false, 'none', 0, null),
      row('src/pricing.test.ts', true, 'none', 0, null),
      row('src/pricing.ts', false, 'estimate', 1, 1),
      row('src/schema.generated.ts', false, 'none', 0, null),
      row('worker/jobs.py', false, 'none', 0, null),
      row('worker/main.go', false, 'none', 0, null),
    ]);
    const [count] = await fx.query(`SELECT count(*)::INTEGER AS n FROM file_test_status`);
    const [regular] = await fx.query(
      `SELECT count(*)::INTEGER AS n FROM files WHERE kind IN ('file', 'executable')`,
    );
    expect(count).toEqual(regular);
  });

  it('rolls tests up per directory with the test-to-code ratio', async () => {
    const rows =
      await fx.query(`SELECT directory, source_files, test_files, source_code_lines, test_code_lines,
      test_to_code_ratio, reached_files, unreached_files FROM coverage_rollup WHERE directory IN ('', 'src') ORDER BY directory`);
    expect(rows).toEqual([
      {
        directory: '',
        source_files: 7,
        test_files: 1,
        source_code_lines: 40,
        test_code_lines: 4,
        test_to_code_ratio: 0.1,
        reached_files: 2,
        unreached_files: 5,
      },
      {
        directory: 'src',
        source_files: 4,
        test_files: 1,
        source_code_lines: 27,
        test_code_lines: 4,
        test_to_code_ratio: 4 / 27,
        reached_files: 2,
        unreached_files: 2,
      },
    ]);
  });
});
