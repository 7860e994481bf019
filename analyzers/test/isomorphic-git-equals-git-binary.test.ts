import { describe, expect, it } from 'vitest';
import { gitdir, tempDir, type Scenario } from '@diligent/fixtures';
import { basic, demo, malformedAuthor, renamesBinariesMerges } from '@diligent/fixtures/scenarios';
import { analyzeRepo } from '../src/analyze/index.ts';
import { allTables } from '../src/schema/index.ts';
import { openLocalRepo } from '../src/source/index.ts';
import { DealReader } from '../src/store/index.ts';

/** Every row of every table, in a stable order, without the columns that say how or when it ran. */
async function dump(dbDir: string): Promise<Record<string, unknown[]>> {
  const reader = await DealReader.open(dbDir);
  try {
    const tables: Record<string, unknown[]> = {};
    for (const table of allTables) {
      const exclude = table.name === 'repos' ? ' EXCLUDE (analyzed_at, miner)' : '';
      const result = await reader.run(`SELECT *${exclude} FROM ${table.name} ORDER BY ALL`);
      tables[table.name] = result.getRowObjectsJS();
    }
    return tables;
  } finally {
    await reader.close();
  }
}

async function analyzeWith(miner: string, repoDir: string): Promise<Record<string, unknown[]>> {
  const db = await tempDir();
  const previous = process.env.DILIGENT_MINER;
  process.env.DILIGENT_MINER = miner;
  try {
    await analyzeRepo(await openLocalRepo(repoDir), { dbDir: db.path, name: 'same' });
    return await dump(db.path);
  } finally {
    process.env.DILIGENT_MINER = previous;
    await db.cleanup();
  }
}

const scenarios: Scenario[] = [basic, renamesBinariesMerges, malformedAuthor, demo];

describe.each(scenarios.map((s) => [s.name, s] as const))(
  'no git binary: isomorphic-git gives the same database (%s)',
  (_, scenario) => {
    it('writes identical rows in every table', async () => {
      const repo = await gitdir(scenario);
      try {
        const viaGit = await analyzeWith('git', repo.dir);
        const viaIsogit = await analyzeWith('isomorphic-git', repo.dir);
        expect(viaIsogit).toEqual(viaGit);
        expect(viaGit.file_changes?.length).toBeGreaterThan(0);
      } finally {
        await repo.cleanup();
      }
    });
  },
);
