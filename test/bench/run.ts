/**
 * `pnpm bench [REPO] [--stage mine|measure|coverage]`: benchmarks Diligent's stages on REPO (default: the
 * demo fixture) against the reference tools, in one run, and prints ratios and peak RSS. A
 * benchmark, not a test: it asserts nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildRepo } from '@diligent/fixtures';
import { demo } from '@diligent/fixtures/scenarios';
import { benchMeasurement } from './bench-measurement.ts';
import { benchMining } from './bench-mining.ts';
import { benchCoverage } from './bench-coverage.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { stage: { type: 'string' } } });
const work = await mkdtemp(join(tmpdir(), 'diligent-bench-'));
try {
  if (values.stage === 'coverage') await benchCoverage(work);
  else await benchRepo(positionals[0], values.stage);
} finally {
  await rm(work, { recursive: true, force: true });
}

async function benchRepo(repo: string | undefined, stage: string | undefined): Promise<void> {
  const repoDir = repo ?? (await buildRepo(demo, join(work, 'demo'))).dir;
  console.log(`repository ${repoDir}\n`);
  if (stage !== 'measure') await benchMining(repoDir, work);
  if (stage !== 'mine') await benchMeasurement(repoDir, work);
}
