import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { riskHistory } from '@diligent/fixtures/scenarios';
import { analyzeFixture, type AnalyzedFixture } from '../support/analyze-fixture.ts';

describe('risk: hotspots across windows, renames followed', () => {
  let fx: AnalyzedFixture;
  beforeAll(async () => {
    fx = await analyzeFixture(riskHistory);
  });
  afterAll(() => fx.cleanup());

  const hotspots = (window: string) =>
    fx.query(
      `SELECT path, window_commits, fix_commits, authors, complexity, complexity_source, hotspot::INTEGER AS hotspot, score, rank, is_top
       FROM hotspots WHERE time_window = '${window}' ORDER BY rank`,
    );

  it('counts changes in the 12 months before the pinned commit: the edge is out, a second later is in', async () => {
    // edge: c03 and c24 (c02 is exactly on the edge); orphan: c04–c12, c21, c22; renamed: c13 under
    // its old path, the rename c14, c20; fixes: c15–c19; settings: c23 (3 code lines, no analyzer).
    expect(await hotspots('1y')).toEqual([
      row('src/orphan.js', 11, 1, 2, 2, 'cyclomatic', 22, 100, 1, true),
      row('src/fixes.js', 5, 3, 2, 2, 'cyclomatic', 10, (100 * 10) / 22, 2, false),
      row('src/renamed.js', 3, 0, 1, 2, 'cyclomatic', 6, (100 * 6) / 22, 3, false),
      row('src/edge.js', 2, 1, 1, 2, 'cyclomatic', 4, (100 * 4) / 22, 4, false),
      row('config/settings.yml', 1, 0, 1, 3, 'lines', 3, (100 * 3) / 22, 5, false),
    ]);
  });

  it('stores the 6-month and whole-history windows beside it', async () => {
    expect(await hotspots('6m')).toEqual([
      row('src/fixes.js', 4, 2, 1, 2, 'cyclomatic', 8, 100, 1, true),
      row('src/orphan.js', 2, 1, 1, 2, 'cyclomatic', 4, 50, 2, false),
      row('config/settings.yml', 1, 0, 1, 3, 'lines', 3, 37.5, 3, false),
      row('src/edge.js', 1, 1, 1, 2, 'cyclomatic', 2, 25, 4, false),
      row('src/renamed.js', 1, 0, 1, 2, 'cyclomatic', 2, 25, 5, false),
    ]);
    // Ties on hotspot and commits (edge and renamed: 4 commits × 2) are broken by path.
    expect(await hotspots('all')).toEqual([
      row('src/orphan.js', 11, 1, 2, 2, 'cyclomatic', 22, 100, 1, true),
      row('src/fixes.js', 6, 3, 2, 2, 'cyclomatic', 12, (100 * 12) / 22, 2, false),
      row('src/edge.js', 4, 1, 2, 2, 'cyclomatic', 8, (100 * 8) / 22, 3, false),
      row('src/renamed.js', 4, 0, 2, 2, 'cyclomatic', 8, (100 * 8) / 22, 4, false),
      row('config/settings.yml', 2, 0, 2, 3, 'lines', 6, (100 * 6) / 22, 5, false),
    ]);
  });

  it('measures hotspot concentration over the top 5% of files', async () => {
    const rows = await fx.query(
      `SELECT time_window, is_configured, since, until, files, changed_files, commits, fix_commits, file_changes,
         top_files, top_file_changes, concentration
       FROM hotspot_summary ORDER BY time_window`,
    );
    // 5 files (docs/guide.md is documentation): the top 5% is ceil(0.25) = 1 file.
    const until = new Date('2025-06-30T12:00:00Z');
    expect(rows).toEqual([
      {
        time_window: '1y',
        is_configured: true,
        since: new Date('2024-06-30T12:00:00Z'),
        until,
        files: 5,
        changed_files: 5,
        commits: 22,
        fix_commits: 5,
        file_changes: 22,
        top_files: 1,
        top_file_changes: 11,
        concentration: 0.5,
      },
      {
        time_window: '6m',
        is_configured: false,
        since: new Date('2024-12-30T12:00:00Z'),
        until,
        files: 5,
        changed_files: 5,
        commits: 9,
        fix_commits: 4,
        file_changes: 9,
        top_files: 1,
        top_file_changes: 4,
        concentration: 4 / 9,
      },
      {
        time_window: 'all',
        is_configured: false,
        since: null,
        until,
        files: 5,
        changed_files: 5,
        commits: 24,
        fix_commits: 5,
        file_changes: 27,
        top_files: 1,
        top_file_changes: 11,
        concentration: 11 / 27,
      },
    ]);
  });

  it('sums coupling over the commits a file shared with others', async () => {
    const rows = await fx.query(
      `SELECT path, sum_of_coupling FROM hotspots WHERE time_window = 'all' ORDER BY path`,
    );
    // c01 changed 5 files (the guide included): 4 others each; every other commit changed one file.
    expect(rows).toEqual([
      { path: 'config/settings.yml', sum_of_coupling: 4 },
      { path: 'src/edge.js', sum_of_coupling: 4 },
      { path: 'src/fixes.js', sum_of_coupling: 4 },
      { path: 'src/orphan.js', sum_of_coupling: 0 },
      { path: 'src/renamed.js', sum_of_coupling: 4 },
    ]);
  });
});

function row(
  path: string,
  windowCommits: number,
  fixCommits: number,
  authors: number,
  complexity: number,
  complexitySource: string,
  hotspot: number,
  score: number,
  rank: number,
  isTop: boolean,
) {
  return {
    path,
    window_commits: windowCommits,
    fix_commits: fixCommits,
    authors,
    complexity,
    complexity_source: complexitySource,
    hotspot,
    score: expect.closeTo(score, 9),
    rank,
    is_top: isTop,
  };
}
