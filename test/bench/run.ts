/**
 * `pnpm bench [REPO] [--stage mine|measure|coverage|report]`: benchmarks Diligent's stages on REPO
 * (default: the demo fixture) against the reference tools, in one run, and prints ratios and peak
 * RSS. A benchmark, not a test: it asserts nothing.
 *
 * `pnpm bench --stage ui [--files N] [--db DIR]`: the explorer's map on a generated tree of N files
 * (default 100,000) in headless Chromium, and, given an analyzed deal DIR, autocannon against its
 * hotspot-map and file endpoints. `pnpm bench --stage api --db DIR`: only the latter.
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
import { benchMapRender } from './bench-map-render.ts';
import { benchApiLatency } from './bench-api-latency.ts';
import { benchReport } from './bench-report.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    stage: { type: 'string' },
    files: { type: 'string', default: '100000' },
    db: { type: 'string' },
  },
});
const work = await mkdtemp(join(tmpdir(), 'diligent-bench-'));
try {
  if (values.stage === 'coverage') await benchCoverage(work);
  else if (values.stage === 'ui') await benchUi();
  else if (values.stage === 'api') await benchApiLatency(values.db ?? '');
  else await benchRepo(positionals[0], values.stage);
} finally {
  await rm(work, { recursive: true, force: true });
}

async function benchUi(): Promise<void> {
  await benchMapRender(work, Number(values.files));
  if (values.db) await benchApiLatency(values.db);
}

async function benchRepo(repo: string | undefined, stage: string | undefined): Promise<void> {
  const repoDir = repo ?? (await buildRepo(demo, join(work, 'demo'))).dir;
  console.log(`repository ${repoDir}\n`);
  if (stage === 'report') return benchReport(repoDir, work);
  if (stage !== 'measure') await benchMining(repoDir, work);
  if (stage !== 'mine') await benchMeasurement(repoDir, work);
}
