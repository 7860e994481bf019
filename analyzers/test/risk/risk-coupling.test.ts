import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { riskCoupling } from '@diligent/fixtures/scenarios';
import { analyzeFixture, type AnalyzedFixture } from '../support/analyze-fixture.ts';

describe('risk: change coupling at code-maat’s thresholds', () => {
  let fx: AnalyzedFixture;
  beforeAll(async () => {
    fx = await analyzeFixture(riskCoupling);
  });
  afterAll(() => fx.cleanup());

  it('keeps the pairs at or above 5 shared commits and 30%, over commits of at most 30 files', async () => {
    const rows = await fx.query(
      `SELECT path_a, path_b, shared_commits, commits_a, commits_b, average_commits, degree, component_a, component_b
       FROM coupling WHERE time_window = '1y' ORDER BY path_a, path_b`,
    );
    expect(rows).toEqual([
      // 6 / ((6 + 34) / 2) = exactly 30%: kept. a/below.js (6 / 20.5 = 29.3%) is not.
      {
        path_a: 'a/above.js',
        path_b: 'b/above-partner.js',
        shared_commits: 6,
        commits_a: 6,
        commits_b: 34,
        average_commits: 20,
        degree: 30,
        component_a: 'a/',
        component_b: 'b/',
      },
      // 5 shared commits: kept; c/four.js has 4.
      {
        path_a: 'c/five.js',
        path_b: 'e/five-partner.js',
        shared_commits: 5,
        commits_a: 5,
        commits_b: 5,
        average_commits: 5,
        degree: 100,
        component_a: 'c/',
        component_b: 'e/',
      },
      // One of the 5 commits changed exactly 30 files: it counts. d/big.js's changed 31: 4 left.
      {
        path_a: 'd/thirty-partner.js',
        path_b: 'd/thirty.js',
        shared_commits: 5,
        commits_a: 5,
        commits_b: 5,
        average_commits: 5,
        degree: 100,
        component_a: 'd/',
        component_b: 'd/',
      },
    ]);
  });

  it('rolls coupling up to component pairs with the same rules', async () => {
    const rows = await fx.query(
      `SELECT component_a, component_b, shared_commits, commits_a, commits_b, degree, file_pairs
       FROM component_coupling WHERE time_window = 'all' ORDER BY component_a, component_b`,
    );
    // a/ changed in 12 commits, b/ in 69, together in 12: 12 / 40.5 = 29.6%, not kept.
    // c/ changed in 9 (five and four), e/ in 5, together in 5: 5 / 7 = 71%.
    expect(rows).toEqual([
      {
        component_a: 'c/',
        component_b: 'e/',
        shared_commits: 5,
        commits_a: 9,
        commits_b: 5,
        degree: 71,
        file_pairs: 1,
      },
    ]);
  });

  it('sums coupling per file over commits of at most 30 files, and counts its coupled files', async () => {
    const rows = await fx.query(
      `SELECT path, window_commits, sum_of_coupling, coupled_files FROM hotspots
       WHERE time_window = 'all' AND path IN ('c/five.js', 'd/big.js', 'd/thirty.js', 'filler/f29.js', 'b/below-partner.js')
       ORDER BY path`,
    );
    expect(rows).toEqual([
      // 6 shared commits of 2 files, 29 alone.
      { path: 'b/below-partner.js', window_commits: 35, sum_of_coupling: 6, coupled_files: 0 },
      { path: 'c/five.js', window_commits: 5, sum_of_coupling: 5, coupled_files: 1 },
      // 4 commits of 2 files; the 31-file commit is left out of the sum, not of the commits.
      { path: 'd/big.js', window_commits: 5, sum_of_coupling: 4, coupled_files: 0 },
      // 4 commits of 2 files and one of 30: 4 + 29.
      { path: 'd/thirty.js', window_commits: 5, sum_of_coupling: 33, coupled_files: 1 },
      { path: 'filler/f29.js', window_commits: 1, sum_of_coupling: 0, coupled_files: 0 },
    ]);
  });
});
