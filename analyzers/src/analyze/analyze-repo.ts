import { repos } from '../schema/index.ts';
import { RepoDatabaseWriter, repoFilePath, repoIdFromName } from '../store/index.ts';
import { Mailmap } from '../history/mailmap.ts';
import { HistoryRowSink } from '../history/history-row-sink.ts';
import { openRepoAccess } from '../repo-access/open-repo-access.ts';
import type { RepoAccess } from '../repo-access/repo-access.ts';
import { pinCommit } from '../source/pin-commit.ts';
import type { OpenedRepo } from '../source/open-local-repo.ts';
import { toolVersion } from '../version.ts';
import { recordTree } from './record-tree.ts';
import { insertAuthors } from './insert-authors.ts';
import { isShallow } from './is-shallow.ts';

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
  try {
    const result = await writeRepo(writer, repo, access, { repoId, name, pinned });
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

async function writeRepo(writer: RepoDatabaseWriter, repo: OpenedRepo, access: RepoAccess, id: RepoIdentity) {
  const { repoId, name, pinned } = id;
  const tree = await recordTree(writer, repoId, access, pinned.sha);
  const sink = await HistoryRowSink.open(writer, repoId, Mailmap.parse(tree.mailmapText));
  for (const warning of tree.warnings) sink.warning(warning);
  const shallow = await isShallow(repo.gitDir);
  if (shallow)
    sink.warning({
      kind: 'shallow-history',
      sha: null,
      path: null,
      message: 'shallow clone: history is truncated',
    });
  await access.mine({ gitDir: repo.gitDir, pinnedSha: pinned.sha }, sink);
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
    head_at: await access.commitTime(pinned.sha),
    analyzed_at: new Date(),
    commit_count: sink.commitCount,
    is_shallow: shallow,
    miner: access.miner,
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
