import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleDeparture, peopleRenames, peopleTie } from '@diligent/fixtures/scenarios';
import { analyzeRepo } from '../src/analyze/index.ts';
import { dealTruckFactor, greedyTruckFactor, simulateDepartures } from '../src/people/index.ts';
import { openLocalRepo } from '../src/source/index.ts';
import { DealReader } from '../src/store/index.ts';
import { gitdir } from '@diligent/fixtures';
import { analyzeFixture, type AnalyzedFixture } from './support/analyze-fixture.ts';

describe('truck factor: the greedy order and its tie-break', () => {
  it('removes people until more than half of the files have no author', () => {
    const files = ['a', 'b', 'c', 'd'];
    const authorships = [
      { file: 'a', person: 'x', doa: 4 },
      { file: 'b', person: 'x', doa: 4 },
      { file: 'b', person: 'y', doa: 4 },
      { file: 'c', person: 'y', doa: 4 },
    ];
    // d has no author. x (2 files, DOA sum 8) ties y (2, 8); x's first commit is earlier.
    // 3 of 4 covered; without x: b, c (2 of 4: not less than half); without y: 0.
    const first = (person: string) => (person === 'x' ? 1 : 2);
    expect(greedyTruckFactor(files, authorships, first)).toEqual({
      truckFactor: 2,
      people: ['x', 'y'],
      fileCount: 4,
    });
    expect(greedyTruckFactor(['d'], authorships, first)).toEqual({
      truckFactor: 0,
      people: [],
      fileCount: 1,
    });
    expect(greedyTruckFactor([], authorships, first)).toEqual({ truckFactor: 0, people: [], fileCount: 0 });
  });

  it('breaks ties on the DOA sum, then the first commit, then the id', () => {
    const tie = (doaY: number, firstY: number) =>
      greedyTruckFactor(
        ['a', 'b'],
        [
          { file: 'a', person: 'y', doa: doaY },
          { file: 'b', person: 'x', doa: 4 },
        ],
        (person) => (person === 'x' ? 5 : firstY),
      ).people;
    expect(tie(4.1, 9)).toEqual(['y', 'x']); // larger DOA sum first
    expect(tie(4, 1)).toEqual(['y', 'x']); // equal sums: earlier first commit
    expect(tie(4, 5)).toEqual(['x', 'y']); // all equal: smaller id
  });
});

describe('truck factor: ties on a fixture', () => {
  let fx: AnalyzedFixture;
  beforeAll(async () => {
    fx = await analyzeFixture(peopleTie);
  });
  afterAll(() => fx.cleanup());

  it('orders tied people by DOA sum, first commit and id', async () => {
    const rows = await fx.query(
      'SELECT scope, truck_factor, people, file_count FROM truck_factor ORDER BY scope',
    );
    const id = (name: string) => `${name}@tie.example`;
    expect(rows).toEqual([
      // Zed, Amy, Bob: one file each, DOA 4.391 each; first commits Jan 1, 2, 3. Removing Zed
      // leaves 2 of 3, Amy 1 of 3.
      { scope: 'one/', truck_factor: 2, people: [id('zed'), id('amy')], file_count: 3 },
      // 9 files: Quinn (2 files, DOA 4.555 + 4.391) before Pia (2 files, 4.391 + 4.391), then Zed
      // (the earliest of the one-file authors): 7, 5, then 4 of 9 covered.
      { scope: 'repo', truck_factor: 3, people: [id('quinn'), id('pia'), id('zed')], file_count: 9 },
      // Kim and Lou: same DOA, same first commit second: the smaller id first.
      { scope: 'three/', truck_factor: 2, people: [id('kim'), id('lou')], file_count: 2 },
      // 4 files: without Quinn 2 of 4 still covered (not less than half), without Pia none.
      { scope: 'two/', truck_factor: 2, people: [id('quinn'), id('pia')], file_count: 4 },
    ]);
  });
});

describe('truck factor: across a deal', () => {
  let fx: AnalyzedFixture;
  let cleanups: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    fx = await analyzeFixture(peopleDeparture, { name: 'shop' });
    for (const [scenario, name] of [
      [peopleDeparture, 'shop-copy'],
      [peopleRenames, 'parser'],
    ] as const) {
      const repo = await gitdir(scenario);
      cleanups.push(repo.cleanup);
      await analyzeRepo(await openLocalRepo(repo.dir), { dbDir: fx.dbDir, name });
    }
  });
  afterAll(async () => {
    await fx.cleanup();
    await Promise.all(cleanups.map((cleanup) => cleanup()));
    cleanups = [];
  });

  it('counts a person of several repos once', async () => {
    const reader = await DealReader.open(fx.dbDir);
    try {
      // 10 files. Alma authors 4 (engine and util, twice: her two repos merge on her email), Chen 4,
      // Ben 2, Bruno 2, Ann 1, Cat 1. Without Alma 8 of 10 are covered, without Chen 4 of 10.
      expect(await dealTruckFactor(reader)).toEqual({
        repo_id: null,
        scope: 'deal',
        truck_factor: 2,
        people: ['alma@shop.example', 'chen@shop.example'],
        file_count: 10,
      });
      const simulation = await simulateDepartures(reader, ['shop', 'shop-copy'], ['alma@shop.example']);
      expect(simulation.leaving.map((p) => p.repo_id)).toEqual(['shop', 'shop-copy']);
      // Without Alma, each shop's engine has no author: Chen (util, view) then covers 2 of 4, Bruno 1.
      // Across the deal, 8 of 10 are covered, 4 of 10 without Chen.
      expect(
        simulation.truckFactors.map((t) => [
          t.repoId,
          t.before.truckFactor,
          t.after.truckFactor,
          t.after.people,
        ]),
      ).toEqual([
        ['shop', 2, 1, ['chen@shop.example']],
        ['shop-copy', 2, 1, ['chen@shop.example']],
        [null, 2, 1, ['chen@shop.example']],
      ]);
    } finally {
      await reader.close();
    }
  });
});
