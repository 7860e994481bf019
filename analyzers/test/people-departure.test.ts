import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleDeparture } from '@diligent/fixtures/scenarios';
import { simulateDepartures } from '../src/people/index.ts';
import { analyzeFixture, type AnalyzedFixture } from './support/analyze-fixture.ts';

const doa = (fa: number, dl: number, ac: number) =>
  3.293 + 1.098 * fa + 0.164 * dl - 0.321 * Math.log(1 + ac);
const [alma, bruno, chen] = ['alma@shop.example', 'bruno@shop.example', 'chen@shop.example'];

describe('people: a departure', () => {
  let fx: AnalyzedFixture;
  beforeAll(async () => {
    fx = await analyzeFixture(peopleDeparture);
  });
  afterAll(() => fx.cleanup());

  it('leaves documentation and vendored files out', async () => {
    const rows = await fx.query('SELECT path FROM file_ownership ORDER BY path');
    expect(rows.map((r) => r.path)).toEqual(['core/engine.js', 'core/util.js', 'web/app.js', 'web/view.js']);
  });

  it('marks who left: no commit in the six months before the pinned commit', async () => {
    const rows = await fx.query(
      `SELECT person_id, commit_count, last_commit_at, commits_last_90_days, commits_last_year, status
       FROM people ORDER BY person_id`,
    );
    expect(rows).toEqual([
      // Last commit 2024-03-01; the pinned commit is 2024-12-02, six months back is 2024-06-02.
      p(alma, 4, '2024-03-01T10:00:00Z', 0, 4, 'former'),
      p(bruno, 7, '2024-11-18T10:00:00Z', 4, 7, 'active'),
      p(chen, 4, '2024-12-02T10:00:00Z', 1, 4, 'active'),
    ]);
  });

  it('computes authorship: Bruno’s one change to the engine does not make him an author', async () => {
    const rows = await fx.query(
      'SELECT path, person_id, doa, is_author FROM file_authorship ORDER BY path, person_id',
    );
    expect(rows).toEqual([
      // engine: Alma FA=1 DL=3 AC=1: 4.660500; Bruno FA=0 DL=1 AC=3: 3.012000 (below 3.293).
      a('core/engine.js', alma, doa(1, 3, 1), true),
      a('core/engine.js', bruno, doa(0, 1, 3), false),
      // util: Alma FA=1 DL=0 AC=3: 3.946000; Chen FA=0 DL=3 AC=0: 3.785 (÷ 3.946 = 0.959).
      a('core/util.js', alma, doa(1, 0, 3), true),
      a('core/util.js', chen, doa(0, 3, 0), true),
      a('web/app.js', bruno, doa(1, 1, 0), true),
      a('web/view.js', chen, doa(1, 0, 0), true),
    ]);
  });

  it('reports the code whose authors have all left, per repo and directory', async () => {
    const rows = await fx.query('SELECT * EXCLUDE (repo_id) FROM orphaned_code');
    // Only the engine (26 lines) is Alma's alone; util has Chen too.
    expect(rows).toEqual([
      { scope: 'repo', file_count: 4, orphaned_files: 1, line_count: 65, orphaned_lines: 26 },
      { scope: 'core/', file_count: 2, orphaned_files: 1, line_count: 41, orphaned_lines: 26 },
      { scope: 'web/', file_count: 2, orphaned_files: 0, line_count: 24, orphaned_lines: 0 },
    ]);
  });

  it('ranks people by what they know, not by how much they commit', async () => {
    const rows = await fx.query(
      `SELECT person_id, files_authored, files_main_dev, hotspot_files_authored, core_files_authored,
         lines_authored, knowledge, knowledge_share, knowledge_rank FROM people ORDER BY knowledge_rank`,
    );
    // Weights 1 + ln(1 + changes last year) + ln(1 + fan-in): engine 1 + ln 6 (5 changes, the one
    // hotspot), util 1 + ln 5 + ln 3 (4 changes, imported by engine and app: the core file),
    // app 1 + ln 3, view 1 + ln 2. util is shared by Alma and Chen.
    const [engine, util, app, view] = [
      1 + Math.log(6),
      1 + Math.log(5) + Math.log(3),
      1 + Math.log(3),
      1 + Math.log(2),
    ];
    const knowledge = { alma: engine + util / 2, chen: util / 2 + view, bruno: app };
    const total = knowledge.alma + knowledge.chen + knowledge.bruno;
    expect(rows).toEqual([
      k(alma, 2, 2, 1, 1, 34, knowledge.alma, total, 1), // lines 26 + 15 / 2 = 33.5
      k(chen, 2, 1, 0, 1, 16, knowledge.chen, total, 2), // 15 / 2 + 8 = 15.5
      k(bruno, 1, 1, 0, 0, 16, knowledge.bruno, total, 3), // the most commits (7), the least knowledge
    ]);
  });

  it('counts contributors per month and summarizes activity', async () => {
    const months = await fx.query(
      'SELECT month, contributors, commits FROM contributor_activity ORDER BY month',
    );
    expect(months.map((m) => `${m.month} ${m.contributors}/${m.commits}`)).toEqual([
      '2024-01 1/2',
      '2024-02 1/1',
      '2024-03 1/1',
      '2024-04 1/1',
      '2024-05 1/1',
      '2024-06 1/1',
      '2024-07 1/1',
      '2024-08 1/1',
      '2024-09 2/2',
      '2024-10 1/1',
      '2024-11 1/2',
      '2024-12 1/1',
    ]);
    const [summary] = await fx.query(
      'SELECT people, active_people, active_last_90_days, active_last_year FROM people_summary',
    );
    expect(summary).toEqual({ people: 3, active_people: 2, active_last_90_days: 2, active_last_year: 3 });
  });

  it('simulates Chen leaving: what is orphaned and the truck factor after', async () => {
    const result = await simulateDepartures(fx.reader, [fx.result.repoId], ['Chen@Shop.example', 'who@x.io']);
    expect(result.leaving).toEqual([{ repo_id: fx.result.repoId, person_id: chen, name: 'Chen Wei' }]);
    expect(result.unknownEmails).toEqual(['who@x.io']);
    // util (Alma former, Chen gone) and view join the engine.
    expect(result.impacts.map(({ repo_id: _, ...impact }) => impact)).toEqual([
      impact('repo', 4, 65, [1, 3], [26, 49]),
      impact('core/', 2, 41, [1, 2], [26, 41]),
      impact('web/', 2, 24, [0, 1], [0, 8]),
    ]);
    // Before: Alma (2 files, DOA sum 8.6065) and Chen (2 files, 8.176) tie on files; removing both
    // leaves 1 of 4. After: Alma authors engine and util, Bruno app; removing Alma leaves 1 of 4.
    expect(result.truckFactors).toEqual([
      {
        repoId: fx.result.repoId,
        scope: 'repo',
        before: { truckFactor: 2, people: [alma, chen], fileCount: 4 },
        after: { truckFactor: 1, people: [alma], fileCount: 4 },
      },
    ]);
  });
});

function p(
  person_id: string,
  commit_count: number,
  last: string,
  commits_last_90_days: number,
  commits_last_year: number,
  status: string,
) {
  return {
    person_id,
    commit_count,
    last_commit_at: new Date(last),
    commits_last_90_days,
    commits_last_year,
    status,
  };
}

function a(path: string, person_id: string, value: number, is_author: boolean) {
  return { path, person_id, doa: expect.closeTo(value, 9), is_author };
}

function k(
  person_id: string,
  files_authored: number,
  files_main_dev: number,
  hotspot_files_authored: number,
  core_files_authored: number,
  lines_authored: number,
  knowledge: number,
  total: number,
  knowledge_rank: number,
) {
  const [value, share] = [expect.closeTo(knowledge, 9), expect.closeTo(knowledge / total, 9)];
  return {
    person_id,
    files_authored,
    files_main_dev,
    hotspot_files_authored,
    core_files_authored,
    lines_authored,
    knowledge: value,
    knowledge_share: share,
    knowledge_rank,
  };
}

function impact(
  scope: string,
  files: number,
  lines: number,
  orphanedFiles: number[],
  orphanedLines: number[],
) {
  return {
    scope,
    file_count: files,
    line_count: lines,
    orphaned_files_before: orphanedFiles[0],
    orphaned_files_after: orphanedFiles[1],
    orphaned_lines_before: orphanedLines[0],
    orphaned_lines_after: orphanedLines[1],
  };
}
