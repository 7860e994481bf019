import type { DuckDBConnection } from '@duckdb/node-api';
import { repos } from '../schema/index.ts';
import { RepoDatabaseWriter, repoFilePath, repoIdFromName } from '../store/index.ts';
import { Mailmap } from '../history/mailmap.ts';
import { HistoryRowSink } from '../history/history-row-sink.ts';
import { openRepoAccess } from '../repo-access/open-repo-access.ts';
import type { RepoAccess } from '../repo-access/repo-access.ts';
import type { MinedWarning } from '../mine/types.ts';
import { pinCommit } from '../source/pin-commit.ts';
import type { OpenedRepo } from '../source/open-local-repo.ts';
import { toolVersion } from '../version.ts';
import { listTreeEntries, readMailmap } from './read-tree.ts';
import { defaultMeasureOptions, measureTree, type MeasureOptions } from '../measure/measure-tree.ts';
import { insertAuthors } from './insert-authors.ts';
import { defaultActiveMonths, writePeopleTables, type IdentitiesFile } from '../people/index.ts';
import { isShallow } from './is-shallow.ts';
import { writeDependencyTables } from '../dependencies/index.ts';
import { defaultRiskWindow, writeRiskTables, type RiskWindow } from '../risk/index.ts';
import { StageTimer, type StageTiming } from './stage-timer.ts';
import { writeCoverageTables, type CoverageFiles } from '../test-coverage/index.ts';

export interface AnalyzeOptions {
  dbDir: string;
  name?: string | undefined;
  rev?: string | undefined;
  until?: string | undefined;
  measure?: Partial<MeasureOptions> | undefined;
  /** Corrections to identity merging (`--identities FILE`). */
  identities?: IdentitiesFile | undefined;
  /** Coverage reports given on the command line (`--coverage FILE...`). */
  coverage?: CoverageFiles | undefined;
  /** The window risk scores and red flags use (`--window`); default `1y`. */
  window?: RiskWindow | undefined;
}

export interface AnalyzeResult {
  repoId: string;
  name: string;
  headSha: string;
  commitCount: number;
  fileCount: number;
  warningCount: number;
  dbFile: string;
  /** Time spent in each stage, in the order they ended (`--timings`). */
  timings: StageTiming[];
}

/**
 * Analyzes one opened repository into its own database file: written to a temporary file and
 * renamed over the previous one only when everything succeeded.
 */
export async function analyzeRepo(repo: OpenedRepo, options: AnalyzeOptions): Promise<AnalyzeResult> {
  const access = await openRepoAccess(repo.gitDir);
  try {
    return await analyzeWith(access, repo, options);
  } finally {
    await access.close();
  }
}

async function analyzeWith(
  access: RepoAccess,
  repo: OpenedRepo,
  options: AnalyzeOptions,
): Promise<AnalyzeResult> {
  const pinned = await pinCommit(access, repo.source, options);
  const name = options.name ?? repo.defaultName;
  const repoId = repoIdFromName(name);
  const dbFile = repoFilePath(options.dbDir, repoId);
  const writer = await RepoDatabaseWriter.create(dbFile);
  const timer = new StageTimer();
  try {
    const { measure, identities, until, coverage } = options;
    const window = options.window ?? defaultRiskWindow;
    const asOf = until === undefined ? new Date() : new Date(until);
    const id = { repoId, name, pinned, measure, identities, coverage, window, asOf, timer };
    const result = await writeRepo(writer, repo, access, id);
    await timer.time('commit', () => writer.commit());
    return { ...result, dbFile, timings: timer.timings };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

interface RepoIdentity {
  repoId: string;
  name: string;
  measure: Partial<MeasureOptions> | undefined;
  identities: IdentitiesFile | undefined;
  coverage: CoverageFiles | undefined;
  pinned: { sha: string; requested: string };
  window: RiskWindow;
  asOf: Date;
  timer: StageTimer;
}

async function writeRepo(writer: RepoDatabaseWriter, repo: OpenedRepo, access: RepoAccess, id: RepoIdentity) {
  const { repoId, pinned, timer } = id;
  const entries = await listTreeEntries(access, pinned.sha);
  const sink = await HistoryRowSink.open(writer, repoId, Mailmap.parse(await readMailmap(access, entries)));
  const warn = (w: MinedWarning) => sink.warning(w);
  const measureOptions = { ...defaultMeasureOptions, ...id.measure };
  await timer.time('measure', () => measureTree({ writer, repoId, access, entries, warn }, measureOptions));
  const shallow = await isShallow(repo.gitDir);
  if (shallow)
    warn({ kind: 'shallow-history', sha: null, path: null, message: 'shallow clone: history is truncated' });
  await timer.time('mine', () => access.mine({ gitDir: repo.gitDir, pinnedSha: pinned.sha }, sink));
  writer.closeAppenders();
  const dependencyWarnings = await timer.time('dependencies', () =>
    writeDependencyTables({ writer, repoId, access, entries }),
  );
  await timer.time('authors', () => insertAuthors(writer, repoId));
  const risk = { window: id.window, shallow, asOf: id.asOf };
  let coverageWarnings = 0;
  // Coverage comes after the people tables; risk reads both, and the people stage's working tables
  // (file histories with renames followed), which are open until `afterPeople` returns.
  const afterPeople = async (connection: DuckDBConnection) => {
    const coverageInput = { access, entries, coverage: id.coverage };
    coverageWarnings = await timer.time('coverage', () => writeCoverageTables(writer, repoId, coverageInput));
    await timer.time('risk', () => writeRiskTables(connection, repoId, risk));
  };
  const people = { activeMonths: defaultActiveMonths, identities: id.identities, afterPeople };
  await timer.time('people', () => writePeopleTables(writer, repoId, people));
  const warningCount = sink.warningCount + dependencyWarnings + coverageWarnings;
  await appendRepoRow(writer, repo, access, id, { shallow, commitCount: sink.commitCount, warningCount });
  const counts = { commitCount: sink.commitCount, fileCount: entries.length, warningCount };
  return { repoId, name: id.name, headSha: pinned.sha, ...counts };
}

interface RepoCounts {
  shallow: boolean;
  commitCount: number;
  warningCount: number;
}

async function appendRepoRow(
  writer: RepoDatabaseWriter,
  repo: OpenedRepo,
  access: RepoAccess,
  id: RepoIdentity,
  counts: RepoCounts,
) {
  const out = await writer.appender(repos);
  out.append({
    repo_id: id.repoId,
    name: id.name,
    source: repo.source,
    source_kind: repo.sourceKind,
    requested_rev: id.pinned.requested,
    head_sha: id.pinned.sha,
    head_at: await access.commitTime(id.pinned.sha),
    analyzed_at: new Date(),
    commit_count: counts.commitCount,
    is_shallow: counts.shallow,
    miner: access.miner,
    tool_version: toolVersion,
    warning_count: counts.warningCount,
  });
}
