import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { riskTests } from '@diligent/fixtures/scenarios';
import { analyzeFixture, type AnalyzedFixture } from '../support/analyze-fixture.ts';

describe('risk: the coverage factor from test reach', () => {
  let fx: AnalyzedFixture;
  beforeAll(async () => {
    fx = await analyzeFixture(riskTests);
  });
  afterAll(() => fx.cleanup());

  it('steps by how far the nearest test is; a test file needs no test', async () => {
    const rows = await fx.query(
      `SELECT path, is_test, coverage_basis, tested_by, test_distance, coverage_factor, explanation
       FROM file_risk ORDER BY path`,
    );
    const sentence = (tests: string) =>
      `Changed once in the last 12 months, cyclomatic 2, cognitive 1, only Ann Archer knows it, ${tests}.`;
    expect(rows).toEqual([
      reach('src/a.js', 1, 1, 0.25, sentence('1 test file reaches it directly')),
      reach('src/b.js', 1, 2, 0.5, sentence('tests reach it only 2 imports away')),
      reach('src/c.js', 0, null, 1, sentence('no tests reach it')),
      reach('src/d.js', 1, 3, 0.75, sentence('tests reach it only 3 imports away')),
      {
        path: 'test/a.test.js',
        is_test: true,
        coverage_basis: null,
        tested_by: 0,
        test_distance: null,
        coverage_factor: 0,
        explanation: 'Changed once in the last 12 months, cyclomatic 0, only Ann Archer knows it.',
      },
    ]);
  });
});

function reach(path: string, testedBy: number, distance: number | null, factor: number, explanation: string) {
  return {
    path,
    is_test: false,
    coverage_basis: 'estimated',
    tested_by: testedBy,
    test_distance: distance,
    coverage_factor: factor,
    explanation,
  };
}
