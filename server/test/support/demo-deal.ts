import { join } from 'node:path';
import { analyzeRepo } from '@diligent/analyzers/analyze';
import { openLocalRepo } from '@diligent/analyzers/source';
import { buildRepo, tempDir, type TempDir } from '@diligent/fixtures';
import { demo } from '@diligent/fixtures/scenarios';

/** A deal database holding the demo fixture, analyzed afresh into a temporary folder. */
export async function buildDemoDeal(): Promise<{ dir: TempDir; dbDir: string }> {
  const dir = await tempDir();
  const repoDir = join(dir.path, 'repo');
  await buildRepo(demo, repoDir);
  const dbDir = join(dir.path, 'db');
  await analyzeRepo(await openLocalRepo(repoDir), { dbDir, name: demo.name });
  return { dir, dbDir };
}
