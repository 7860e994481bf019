import { join } from 'node:path';
import { listTreeEntries } from '@diligent/analyzers/analyze';
import { measureTree } from '@diligent/analyzers/measure';
import { openRepoAccess } from '@diligent/analyzers/repo-access';
import { openLocalRepo } from '@diligent/analyzers/source';
import { RepoDatabaseWriter } from '@diligent/analyzers/store';
import { RssSampler } from './rss-sampler.ts';

export interface StageResult {
  seconds: number;
  fileCount: number;
  functionCount: number;
  peakMb: number;
  peakWorkersMb: number;
}

/** The measurement stage alone, as `diligent analyze` runs it, into a throwaway database. */
export async function measureStage(
  repoDir: string,
  dbDir: string,
  only: (path: string) => boolean = () => true,
): Promise<StageResult> {
  const repo = await openLocalRepo(repoDir);
  const access = await openRepoAccess(repo.gitDir);
  const sha = (await access.resolveCommit('HEAD')) ?? '';
  const entries = (await listTreeEntries(access, sha)).filter((e) => only(e.path));
  const writer = await RepoDatabaseWriter.create(join(dbDir, 'bench.duckdb'));
  const sampler = RssSampler.start({ children: true });
  const started = performance.now();
  await measureTree({ writer, repoId: 'bench', access, entries, warn: () => undefined });
  const seconds = (performance.now() - started) / 1000;
  const peak = sampler.stop();
  writer.closeAppenders();
  const reader = await writer.connection.runAndReadAll('SELECT count(*)::INT AS n FROM functions');
  const functionCount = Number(reader.getRowObjectsJS()[0]?.n ?? 0);
  await writer.abort();
  await access.close();
  return {
    seconds,
    fileCount: entries.length,
    functionCount,
    peakMb: peak.self / 2 ** 20,
    peakWorkersMb: peak.children / 2 ** 20,
  };
}
