import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleRenames } from '@diligent/fixtures/scenarios';
import { analyzeFixture, type AnalyzedFixture } from './support/analyze-fixture.ts';

/** DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC), as written in the paper. */
const doa = (fa: number, dl: number, ac: number) =>
  3.293 + 1.098 * fa + 0.164 * dl - 0.321 * Math.log(1 + ac);

describe('people: a file followed back through a rename chain', () => {
  let fx: AnalyzedFixture;
  beforeAll(async () => {
    fx = await analyzeFixture(peopleRenames);
  });
  afterAll(() => fx.cleanup());

  it('collects the history of every earlier path, and nothing of a later file reusing a name', async () => {
    const rows = await fx.query(
      'SELECT path, former_paths, revisions, creator, lines FROM file_ownership ORDER BY path',
    );
    expect(rows).toEqual([
      // `reuse` (Cat) creates it after `move` took the old lib/parse.js away; Ben's `fix` changes it.
      { path: 'lib/parse.js', former_paths: [], revisions: 2, creator: 'cat@example.com', lines: 6 },
      // create, tweak, move, extend, nest, polish.
      {
        path: 'src/parser/index.js',
        former_paths: ['lib/parse.js', 'src/parse.js'],
        revisions: 6,
        creator: 'ann@example.com',
        lines: 15,
      },
    ]);
  });

  it('computes DOA with the creation as FA and renames as changes', async () => {
    const rows = await fx.query(
      `SELECT path, person_id, is_creator, changes, others_changes, doa, doa_normalized, is_author
       FROM file_authorship ORDER BY path, person_id`,
    );
    // src/parser/index.js: 5 changes after `create`: tweak, move, nest (Ben), extend (Cat), polish (Ann).
    //   Ann  FA=1 DL=1 AC=4: 3.293 + 1.098 + 0.164 − 0.321·ln 5 = 4.038370
    //   Ben  FA=0 DL=3 AC=2: 3.293 + 0.492 − 0.321·ln 3         = 3.432345 (÷ 4.038370 = 0.849933: author)
    //   Cat  FA=0 DL=1 AC=4: 3.293 + 0.164 − 0.321·ln 5         = 2.940370 (0.728108, below 3.293: not)
    // lib/parse.js: created by `reuse`, then `fix`.
    //   Cat  FA=1 DL=0 AC=1: 4.391 − 0.321·ln 2 = 4.168500
    //   Ben  FA=0 DL=1 AC=0: 3.457 (÷ 4.168500 = 0.829315: author)
    const expected = [
      ['lib/parse.js', 'ben@example.com', false, 1, 0, doa(0, 1, 0), doa(0, 1, 0) / doa(1, 0, 1), true],
      ['lib/parse.js', 'cat@example.com', true, 0, 1, doa(1, 0, 1), 1, true],
      ['src/parser/index.js', 'ann@example.com', true, 1, 4, doa(1, 1, 4), 1, true],
      [
        'src/parser/index.js',
        'ben@example.com',
        false,
        3,
        2,
        doa(0, 3, 2),
        doa(0, 3, 2) / doa(1, 1, 4),
        true,
      ],
      [
        'src/parser/index.js',
        'cat@example.com',
        false,
        1,
        4,
        doa(0, 1, 4),
        doa(0, 1, 4) / doa(1, 1, 4),
        false,
      ],
    ];
    expect(rows.map((r) => Object.values(r))).toEqual(
      expected.map((row) => row.map((v) => (typeof v === 'number' && !Number.isInteger(v) ? close(v) : v))),
    );
    expect(doa(1, 1, 4)).toBeCloseTo(4.03837, 5);
    expect(doa(0, 3, 2)).toBeCloseTo(3.432345, 5);
  });

  it('names the main developer by lines added and measures fragmentation by revisions', async () => {
    const [row] = await fx.query(
      `SELECT main_dev, main_dev_added, ownership, fragmentation, contributor_count, doa_authors
       FROM file_ownership WHERE path = 'src/parser/index.js'`,
    );
    // Lines added: Ann 10 + 1, Ben 2 + 0 + 1, Cat 3 → 11 / 17. Revisions: Ann 2, Ben 3, Cat 1 of 6:
    // 1 − (4 + 9 + 1) / 36 = 22 / 36.
    expect(row).toEqual({
      main_dev: 'ann@example.com',
      main_dev_added: 11,
      ownership: close(11 / 17),
      fragmentation: close(22 / 36),
      contributor_count: 3,
      doa_authors: ['ann@example.com', 'ben@example.com'],
    });
  });

  it('removes the author of the most files first, then breaks the tie on the DOA sum', async () => {
    const rows = await fx.query(
      'SELECT scope, truck_factor, people, file_count FROM truck_factor ORDER BY scope',
    );
    // Ben authors both files; then Cat (4.1685) goes before Ann (4.0384): one file each.
    // Removing Ben leaves 2 of 2 covered, Cat 1 of 2 (not less than half), Ann 0.
    expect(rows).toEqual([
      { scope: 'lib/', truck_factor: 2, people: ['cat@example.com', 'ben@example.com'], file_count: 1 },
      {
        scope: 'repo',
        truck_factor: 3,
        people: ['ben@example.com', 'cat@example.com', 'ann@example.com'],
        file_count: 2,
      },
      { scope: 'src/', truck_factor: 2, people: ['ann@example.com', 'ben@example.com'], file_count: 1 },
    ]);
  });
});

function close(value: number) {
  return expect.closeTo(value, 9);
}
