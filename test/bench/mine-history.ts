/**
 * `pnpm bench [REPO] [--lanes N]`: mines REPO (default: the demo fixture) into a fresh DuckDB file,
 * then runs raw `git log --numstat` over the same commits in this same process, and prints the ratio
 * and peak RSS. A benchmark, not a test: it asserts nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeRepo } from '@diligent/analyzers/analyze';
import { reachableCommits } from '@diligent/analyzers/mine';
import { openLocalRepo, type OpenedRepo } from '@diligent/analyzers/source';
import { buildRepo } from '@diligent/fixtures';
import { demo } from '@diligent/fixtures/scenarios';
import { rawGitLogSeconds } from './raw-git-log.ts';
import { RssSampler } from './rss-sampler.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const work = await mkdtemp(join(tmpdir(), 'diligent-bench-'));
try {
  const repo = await openLocalRepo(positionals[0] ?? (await buildDemo(work)));
  await report(repo, work);
} finally {
  await rm(work, { recursive: true, force: true });
}

async function buildDemo(dir: string): Promise<string> {
  const built = await buildRepo(demo, join(dir, 'demo'));
  return built.dir;
}

async function report(repo: OpenedRepo, dir: string): Promise<void> {
  const shas = await reachableCommits({ gitDir: repo.gitDir, pinnedSha: 'HEAD' });
  await rawGitLogSeconds(repo.gitDir, shas.slice(0, 2000)); // warm the page cache for both runs
  const baseline = await rawGitLogSeconds(repo.gitDir, shas);
  const sampler = RssSampler.start();
  const started = performance.now();
  const result = await analyzeRepo(repo, { dbDir: join(dir, 'db') });
  const mined = (performance.now() - started) / 1000;
  const peakMb = sampler.stop() / 2 ** 20;
  console.log(`repository         ${repo.source}`);
  console.log(`commits            ${result.commitCount} (${result.warningCount} warnings)`);
  console.log(`raw git log        ${baseline.toFixed(2)} s  (git log --numstat over the same commits)`);
  console.log(`diligent analyze   ${mined.toFixed(2)} s  (mine + write DuckDB)`);
  console.log(`ratio              ${(mined / baseline).toFixed(2)}  (target <= 1.3)`);
  console.log(`peak RSS           ${peakMb.toFixed(0)} MB  (this process, target <= 1024)`);
}
