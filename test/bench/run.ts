/**
 * `pnpm bench [REPO] [--stage mine|measure|report]`: benchmarks Diligent's stages on REPO (default: the
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
import { benchReport } from './bench-report.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { stage: { type: 'string' } } });
const work = await mkdtemp(join(tmpdir(), 'diligent-bench-'));
try {
  const repoDir = positionals[0] ?? (await buildRepo(demo, join(work, 'demo'))).dir;
  console.log(`repository ${repoDir}\n`);
  if (values.stage === 'report') await benchReport(repoDir, work);
  else {
    if (values.stage !== 'measure') await benchMining(repoDir, work);
    if (values.stage !== 'mine') await benchMeasurement(repoDir, work);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
