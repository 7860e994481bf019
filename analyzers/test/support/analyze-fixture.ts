import { gitdir, tempDir, type BuildOptions, type Scenario, type TempRepo } from '@diligent/fixtures';
import { analyzeRepo, type AnalyzeOptions, type AnalyzeResult } from '../../src/analyze/index.ts';
import { openLocalRepo } from '../../src/source/index.ts';
import { DealReader } from '../../src/store/index.ts';

export interface AnalyzedFixture {
  repo: TempRepo;
  dbDir: string;
  result: AnalyzeResult;
  reader: DealReader;
  /** Rows of a query as plain objects. */
  query(sql: string): Promise<Record<string, unknown>[]>;
  cleanup(): Promise<void>;
}

/** Builds a scenario as a real repository, analyzes it into a fresh deal database and opens it. */
export async function analyzeFixture(
  scenario: Scenario,
  options: Partial<AnalyzeOptions> & { build?: BuildOptions } = {},
): Promise<AnalyzedFixture> {
  const repo = await gitdir(scenario, options.build);
  const db = await tempDir('diligent-db-');
  const result = await analyzeRepo(await openLocalRepo(repo.dir), { dbDir: db.path, ...options });
  const reader = await DealReader.open(db.path);
  return {
    repo,
    dbDir: db.path,
    result,
    reader,
    query: async (sql) => (await reader.run(sql)).getRowObjectsJS(),
    cleanup: async () => {
      await reader.close();
      await Promise.all([repo.cleanup(), db.cleanup()]);
    },
  };
}
