import { repos } from '../schema/index.ts';
import { RepoDatabaseWriter, repoFilePath, repoIdFromName } from '../store/index.ts';
import { Mailmap } from '../history/mailmap.ts';
import { HistoryRowSink } from '../history/history-row-sink.ts';
import { runGit } from '../git/run-git.ts';
import { chooseMiner } from '../git/git-available.ts';
import { pinCommit } from '../source/pin-commit.ts';
import type { OpenedRepo } from '../source/open-local-repo.ts';
import { toolVersion } from '../version.ts';
import { recordTree } from './record-tree.ts';
import { insertAuthors } from './insert-authors.ts';
import { isShallow, mineHistory } from './mine-history.ts';

export interface AnalyzeOptions {
  dbDir: string;
  name?: string | undefined;
  rev?: string | undefined;
  until?: string | undefined;
}

export interface AnalyzeResult {
  repoId: string;
  name: string;
  headSha: string;
  commitCount: number;
  fileCount: number;
  warningCount: number;
  dbFile: string;
}

/**
 * Analyzes one opened repository into its own database file: written to a temporary file and
 * renamed over the previous one only when everything succeeded.
 */
export async function analyzeRepo(repo: OpenedRepo, options: AnalyzeOptions): Promise<AnalyzeResult> {
  const pinned = await pinCommit(repo.gitDir, repo.source, options);
  const name = options.name ?? repo.defaultName;
  const repoId = repoIdFromName(name);
  const dbFile = repoFilePath(options.dbDir, repoId);
  const writer = await RepoDatabaseWriter.create(dbFile);
  try {
    const result = await writeRepo(writer, repo, { repoId, name, pinned });
    await writer.commit();
    return { ...result, dbFile };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

interface RepoIdentity {
  repoId: string;
  name: string;
  pinned: { sha: string; requested: string };
}

async function writeRepo(writer: RepoDatabaseWriter, repo: OpenedRepo, id: RepoIdentity) {
  const { repoId, name, pinned } = id;
  const tree = await recordTree(writer, repoId, repo.gitDir, pinned.sha);
  const sink = await HistoryRowSink.open(writer, repoId, Mailmap.parse(tree.mailmapText));
  for (const warning of tree.warnings) sink.warning(warning);
  const miner = chooseMiner();
  const shallow = await isShallow(repo.gitDir);
  if (shallow)
    sink.warning({
      kind: 'shallow-history',
      sha: null,
      path: null,
      message: 'shallow clone: history is truncated',
    });
  await mineHistory(miner, { gitDir: repo.gitDir, pinnedSha: pinned.sha }, sink);
  writer.closeAppenders();
  await insertAuthors(writer, repoId);
  const warningCount = sink.warningCount;
  const out = await writer.appender(repos);
  out.append({
    repo_id: repoId,
    name,
    source: repo.source,
    source_kind: repo.sourceKind,
    requested_rev: pinned.requested,
    head_sha: pinned.sha,
    head_at: await commitDate(repo.gitDir, pinned.sha),
    analyzed_at: new Date(),
    commit_count: sink.commitCount,
    is_shallow: shallow,
    miner,
    tool_version: toolVersion,
    warning_count: warningCount,
  });
  return {
    repoId,
    name,
    headSha: pinned.sha,
    commitCount: sink.commitCount,
    fileCount: tree.fileCount,
    warningCount,
  };
}

async function commitDate(gitDir: string, sha: string): Promise<Date> {
  const seconds = Number((await runGit(gitDir, ['log', '-1', '--format=%ct', sha])).trim());
  return new Date(seconds * 1000);
}
