import { join } from 'node:path';
import { analyzeRepo } from '@diligent/analyzers/analyze';
import { openLocalRepo } from '@diligent/analyzers/source';
import { buildRepo, tempDir, type TempDir } from '@diligent/fixtures';
import { demo } from '@diligent/fixtures/scenarios';

/**
 * The demo fixture analyzed `--until` a fixed date: the pinned commit is the same as at HEAD, and
 * every number measured against "now" (the dormant red flag) is measured against that date instead,
 * so the report is the same whatever day the test runs.
 */
export async function buildDemoDealAsOf(until: string): Promise<{ dir: TempDir; dbDir: string }> {
  const dir = await tempDir();
  const repoDir = join(dir.path, 'repo');
  await buildRepo(demo, repoDir);
  const dbDir = join(dir.path, 'db');
  await analyzeRepo(await openLocalRepo(repoDir), { dbDir, name: demo.name, until });
  return { dir, dbDir };
}
