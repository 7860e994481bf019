import { reachableCommits } from '@diligent/analyzers/mine';
import { openRepoAccess } from '@diligent/analyzers/repo-access';
import { openLocalRepo } from '@diligent/analyzers/source';
import { RepoDatabaseWriter } from '@diligent/analyzers/store';
import { HistoryRowSink, Mailmap } from '@diligent/analyzers/history';
import { join } from 'node:path';
import { rawGitLogSeconds } from './raw-git-log.ts';
import { RssSampler } from './rss-sampler.ts';

/**
 * The history-mining stage (mine + append to DuckDB) against raw `git log --numstat` over the same
 * commits, run in this same process.
 */
export async function benchMining(repoDir: string, work: string): Promise<void> {
  const repo = await openLocalRepo(repoDir);
  const access = await openRepoAccess(repo.gitDir);
  const pinnedSha = (await access.resolveCommit('HEAD')) ?? '';
  const shas = await reachableCommits({ gitDir: repo.gitDir, pinnedSha });
  await rawGitLogSeconds(repo.gitDir, shas.slice(0, 2000)); // warm the page cache for both runs
  const baseline = await rawGitLogSeconds(repo.gitDir, shas);
  const writer = await RepoDatabaseWriter.create(join(work, 'mine-db', 'bench.duckdb'));
  const sink = await HistoryRowSink.open(writer, 'bench', Mailmap.parse(''));
  const sampler = RssSampler.start();
  const started = performance.now();
  await access.mine({ gitDir: repo.gitDir, pinnedSha }, sink);
  writer.closeAppenders();
  const mined = (performance.now() - started) / 1000;
  const peakMb = sampler.stop().self / 2 ** 20;
  await writer.abort();
  console.log(`history mining (${access.miner})`);
  console.log(`  commits            ${sink.commitCount} (${sink.warningCount} warnings)`);
  console.log(`  raw git log        ${baseline.toFixed(2)} s  (git log --numstat over the same commits)`);
  console.log(`  diligent mine      ${mined.toFixed(2)} s  (mine + append to DuckDB)`);
  console.log(`  ratio              ${(mined / baseline).toFixed(2)}  (target <= 1.3)`);
  console.log(`  peak RSS           ${peakMb.toFixed(0)} MB  (this process, target <= 1024)`);
  await access.close();
}
