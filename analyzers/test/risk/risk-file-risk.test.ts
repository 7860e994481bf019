import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { riskHistory } from '@diligent/fixtures/scenarios';
import { analyzeFixture, type AnalyzedFixture } from '../support/analyze-fixture.ts';

/**
 * 100 × the weighted mean of the factors (0.4 hotspot, 0.2 each for complexity, coverage and
 * knowledge); a file without a coverage factor (configuration) is scored on the other three.
 */
const score = (
  hotspotFactor: number,
  complexityFactor: number,
  knowledgeFactor: number,
  coverage?: number,
) =>
  coverage === undefined
    ? (100 * (0.4 * hotspotFactor + 0.2 * complexityFactor + 0.2 * knowledgeFactor)) / 0.8
    : 100 * (0.4 * hotspotFactor + 0.2 * complexityFactor + 0.2 * coverage + 0.2 * knowledgeFactor);
/** ln(1 + hotspot) / ln(1 + 22): the top hotspot of the 12-month window is 11 commits × 2. */
const hotspotFactor = (hotspot: number) => Math.log(1 + hotspot) / Math.log(23);

describe('risk: file and directory risk, explained', () => {
  let fx: AnalyzedFixture;
  beforeAll(async () => {
    fx = await analyzeFixture(riskHistory, { name: 'risk-history', until: '2025-07-15T00:00:00Z' });
  });
  afterAll(() => fx.cleanup());

  it('stores every factor beside the score, and ranks the files', async () => {
    const rows = await fx.query(
      `SELECT path, window_commits, fix_commits, fix_share, hotspot_score, is_top_hotspot, age_months, authors,
         active_authors, is_orphaned, main_author, coverage_basis, hotspot_factor, complexity_factor,
         coverage_factor, knowledge_factor, score, rank
       FROM file_risk ORDER BY rank`,
    );
    // Every JS file has the highest cyclomatic sum (2) and settings the most lines (3): complexity
    // factor 1 for all. No test reaches any JS file (coverage factor 1); settings.yml is
    // configuration (none). Only orphan.js has no active author (Alice left); the others have one.
    // Alice created every file but orphan.js and leads its DOA: edge.js 3.946 against Ben's 3.785.
    const js = { coverage: 1, basis: 'estimated' };
    expect(rows).toEqual([
      risk({ path: 'src/orphan.js', commits: 11, fixes: 1, hotspot: 22, top: true, age: 2, ...js }),
      risk({ path: 'src/fixes.js', commits: 5, fixes: 3, hotspot: 10, age: 5, active: 1, ...js }),
      risk({ path: 'src/renamed.js', commits: 3, fixes: 0, hotspot: 6, age: 4, active: 1, ...js }),
      risk({ path: 'src/edge.js', commits: 2, fixes: 1, hotspot: 4, age: 0, active: 1, ...js }),
      // Configuration: nothing to test (coverage 0). Its 3 lines count as 3 × 0.4 = 1.2 cyclomatic,
      // the repo's cyclomatic per line (8 in 20 lines of JS), for the hotspot and complexity factors.
      risk({
        path: 'config/settings.yml',
        commits: 1,
        fixes: 0,
        hotspot: 3,
        age: 1,
        active: 1,
        coverage: 0,
        basis: null,
        equivalent: 1.2,
      }),
    ]);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('says why in one sentence', async () => {
    const rows = await fx.query('SELECT path, explanation FROM file_risk ORDER BY rank');
    expect(rows.map((r) => r.explanation)).toEqual([
      'Changed 11 times in the last 12 months (1 of them a bug fix), cyclomatic 2, cognitive 1, only Alice Archer knows it and left in October 2024, no tests reach it.',
      'Changed 5 times in the last 12 months (3 of them bug fixes), cyclomatic 2, cognitive 1, only Cat Carter of its 2 authors is still active, no tests reach it.',
      'Changed 3 times in the last 12 months, cyclomatic 2, cognitive 1, only Ben Baker of its 2 authors is still active, no tests reach it.',
      'Changed 2 times in the last 12 months (1 of them a bug fix), cyclomatic 2, cognitive 1, only Ben Baker of its 2 authors is still active, no tests reach it.',
      'Changed once in the last 12 months, 3 lines of code with no complexity analysis, only Ben Baker of its 2 authors is still active.',
    ]);
  });

  it('rolls risk and line-weighted code age up to directories', async () => {
    const rows = await fx.query(
      `SELECT scope, files, code_lines, score, max_score, riskiest_path, window_commits, fix_commits, top_hotspots,
         orphaned_lines, untested_lines, age_months
       FROM directory_risk ORDER BY scope`,
    );
    const src = [
      score(1, 1, 1, 1),
      score(hotspotFactor(10), 1, 0.5, 1),
      score(hotspotFactor(6), 1, 0.5, 1),
      score(hotspotFactor(4), 1, 0.5, 1),
    ];
    const settingsFactor = Math.log(2.2);
    const settings = score(settingsFactor / Math.log(23), settingsFactor / Math.log(3), 0.5, 0);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(rows).toEqual([
      dir('config/', 1, 3, settings, settings, 'config/settings.yml', 1, 0, 0, 0, 0, 1),
      // Ages: orphan 2 months (last change 2025-04-01), fixes 5, renamed 4, edge 0, settings 1.
      // The 20 lines of JS are untested, the 3 of settings.yml are not counted (configuration).
      dir('repo', 5, 23, (5 * sum(src) + 3 * settings) / 23, 100, 'src/orphan.js', 22, 5, 1, 5, 20, 58 / 23),
      dir('src/', 4, 20, sum(src) / 4, 100, 'src/orphan.js', 21, 5, 1, 5, 20, 11 / 4),
    ]);
  });

  it('writes a monthly series with gaps filled and an estimate of complexity added', async () => {
    const rows = await fx.query(
      `SELECT month, commits, non_merge_commits, fix_commits, active_authors, lines_added::INTEGER AS lines_added,
         lines_deleted::INTEGER AS lines_deleted,
         files_changed, complexity_added
       FROM trends WHERE month IN ('2023-01', '2023-02', '2024-07', '2024-10', '2025-06') ORDER BY month`,
    );
    expect(await fx.query('SELECT count(*)::INTEGER AS months FROM trends')).toEqual([{ months: 30 }]);
    expect(rows).toEqual([
      // c01: three 5-line JS files (old-name.js is renamed.js's past), 3 lines of settings, 3 of the
      // guide; complexity added counts the JS files only (settings has no analyzer).
      trend('2023-01', 1, 0, 1, 21, 0, 5, 3 * 5 * (2 / 5)),
      trend('2023-02', 0, 0, 0, 0, 0, 0, 0),
      // c04 adds orphan.js (5 lines), c05–c12 each replace its version line: 13 lines at 2 per 5.
      trend('2024-07', 9, 0, 1, 13, 8, 1, 13 * (2 / 5)),
      // c14 is a pure rename (0 lines), c15 replaces a line of fixes.js.
      trend('2024-10', 2, 1, 2, 1, 1, 2, 2 / 5),
      trend('2025-06', 1, 1, 1, 1, 1, 1, 2 / 5),
    ]);
  });

  it('raises only the flags whose bars are crossed', async () => {
    const rows = await fx.query(
      'SELECT repo_id, code, severity, subject, message, value, threshold, paths, evidence FROM red_flags ORDER BY code',
    );
    // Alice authors all 5 files, Ben 3 of them: without both, only fixes.js (Cat) has an author.
    // The last commit (2025-06-30) is 15 days before --until: not dormant. Orphaned: 5 of 23 lines.
    // The one top hotspot (ceil(5% of 5 files)), orphan.js, has no test.
    expect(rows).toEqual([
      {
        repo_id: 'risk-history',
        code: 'low-truck-factor',
        severity: 'medium',
        subject: '',
        message:
          'Truck factor 2: if Alice Archer and Ben Baker left, more than half of the files would have no author',
        value: 2,
        threshold: 2,
        paths: [],
        evidence: 'Alice Archer, Ben Baker',
      },
      {
        repo_id: 'risk-history',
        code: 'untested-hotspots',
        severity: 'high',
        subject: '',
        message: 'The top hotspot has no test reaching it',
        value: 1,
        threshold: 1,
        paths: ['src/orphan.js'],
        evidence: null,
      },
    ]);
  });
});

interface ExpectedRisk {
  path: string;
  commits: number;
  fixes: number;
  /** commits × complexity in the 12-month window. */
  hotspot: number;
  top?: boolean;
  age: number;
  /** Active DOA authors: 0 for orphan.js (Alice alone), else 1 of 2. */
  active?: number;
  coverage: number;
  basis: string | null;
  /** Cyclomatic-equivalent complexity of a lines-only file (lines × 0.4). */
  equivalent?: number;
}

function risk(e: ExpectedRisk) {
  const active = e.active ?? 0;
  const knowledge = active === 0 ? 1 : 0.5;
  const factor = hotspotFactor(e.equivalent === undefined ? e.hotspot : e.commits * e.equivalent);
  const complexity = e.equivalent === undefined ? 1 : Math.log(1 + e.equivalent) / Math.log(3);
  return {
    path: e.path,
    window_commits: e.commits,
    fix_commits: e.fixes,
    fix_share: expect.closeTo(e.fixes / e.commits, 9),
    hotspot_score: expect.closeTo((100 * e.hotspot) / 22, 9),
    is_top_hotspot: e.top ?? false,
    age_months: e.age,
    authors: active === 0 ? 1 : 2,
    active_authors: active,
    is_orphaned: active === 0,
    main_author: 'Alice Archer',
    coverage_basis: e.basis,
    hotspot_factor: expect.closeTo(factor, 9),
    complexity_factor: expect.closeTo(complexity, 9),
    coverage_factor: e.coverage,
    knowledge_factor: knowledge,
    score: expect.closeTo(score(factor, complexity, knowledge, e.coverage), 9),
    rank: expect.any(Number),
  };
}

function dir(
  scope: string,
  files: number,
  codeLines: number,
  meanScore: number,
  maxScore: number,
  riskiestPath: string,
  windowCommits: number,
  fixCommits: number,
  topHotspots: number,
  orphanedLines: number,
  untestedLines: number,
  ageMonths: number,
) {
  return {
    scope,
    files,
    code_lines: codeLines,
    score: expect.closeTo(meanScore, 9),
    max_score: expect.closeTo(maxScore, 9),
    riskiest_path: riskiestPath,
    window_commits: windowCommits,
    fix_commits: fixCommits,
    top_hotspots: topHotspots,
    orphaned_lines: orphanedLines,
    untested_lines: untestedLines,
    age_months: expect.closeTo(ageMonths, 9),
  };
}

function trend(
  month: string,
  commits: number,
  fixCommits: number,
  activeAuthors: number,
  linesAdded: number,
  linesDeleted: number,
  filesChanged: number,
  complexityAdded: number,
) {
  return {
    month,
    commits,
    non_merge_commits: commits,
    fix_commits: fixCommits,
    active_authors: activeAuthors,
    lines_added: linesAdded,
    lines_deleted: linesDeleted,
    files_changed: filesChanged,
    complexity_added: expect.closeTo(complexityAdded, 9),
  };
}
