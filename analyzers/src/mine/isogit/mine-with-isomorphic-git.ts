/**
 * The history miner used when no `git` binary exists: reproduces `git log --numstat -z` (git's
 * default rename detection, its xdiff Myers diff with its heuristics, its `%s`/`%b`/ident parsing)
 * for every commit reachable from the pinned one, reading the object database directly. It is
 * named for the isomorphic-git world it serves (clones made by isomorphic-git, no git binary),
 * but reads objects with its own reader (./git-object-reader.ts): isomorphic-git's holds every
 * pack whole in memory and caches every object it inflates, which a walk over all history cannot
 * afford (1.3 GB against 0.3 GB on git.git up to v1.5.0), and it cannot read packs over 2 GiB.
 *
 * Known differences from git (also in ./README.md):
 * - Rename similarity: git before 2.43.2/2.44 ignores a final line without newline when scoring
 *   renames (git commit 1c5bc6971e); we follow current git unless `similarityCountsFinalLine` is
 *   false. This can flip a rename near the 50% threshold.
 * - Configuration is not read: git's defaults are assumed (diff.renames on, renameLimit 1000,
 *   diff.algorithm myers, core.bigFileThreshold 512 MiB, no GIT_BASENAME_FACTOR), nor are
 *   .gitattributes: a file git would treat as binary by attribute is counted as its bytes say.
 * - Grafts, replace refs and alternates (objects/info/alternates) are ignored; `shallow`
 *   boundaries are honoured as git does. Only SHA-1 repositories and version-2 pack indexes.
 * - A commit's `encoding` is decoded with the WHATWG decoder of that name (where git uses iconv),
 *   e.g. ISO-8859-1 is read as windows-1252; unknown encodings stay UTF-8 as in git.
 * - Where git dies (a missing blob or tree, a corrupt object) we warn and go on: the path's counts
 *   are null (`missing-object`), or the commit is emitted without changes.
 * - Commits come breadth-first from the pinned commit, not in git's date order.
 * - Dates git prints as `0 +0000` (unparseable) or in a zone it cannot print as +hhmm are null,
 *   as the git-binary miner reads them; an epoch of exactly 0 is therefore null too.
 */
import { MissingObjectError } from '../../errors.ts';
import type { HistorySink, MineRequest, MinedChange, MinedWarning } from '../types.ts';
import { CommitBlobs } from './commit-blobs.ts';
import { CommitQueue } from './commit-queue.ts';
import { detectRenames } from './detect-renames.ts';
import { diffTrees } from './diff-trees.ts';
import { createGitObjectReader, type GitObjectReader } from './git-object-reader.ts';
import { numstatChange } from './numstat-change.ts';
import { parseCommitObject, type RawCommit } from './parse-commit-object.ts';
import { readShallowCommits } from './read-shallow-commits.ts';
import { toMinedCommit } from './to-mined-commit.ts';

export interface IsomorphicGitMineOptions {
  /** Score renames as git >= 2.44 does, counting a final line without newline (default true). */
  similarityCountsFinalLine?: boolean;
}

interface Walk {
  reader: GitObjectReader;
  sink: HistorySink;
  warn: (warning: MinedWarning) => void;
  similarityCountsFinalLine: boolean;
}

export async function mineWithIsomorphicGit(
  req: MineRequest,
  sink: HistorySink,
  options: IsomorphicGitMineOptions = {},
): Promise<void> {
  const reader = await createGitObjectReader(req.gitDir);
  try {
    const countFinalLine = options.similarityCountsFinalLine ?? true;
    await walkHistory(
      { reader, sink, warn: (w) => sink.warning(w), similarityCountsFinalLine: countFinalLine },
      req,
    );
  } finally {
    await reader.close();
  }
}

/** Breadth-first from the pinned commit, each commit emitted as soon as its diff is known. */
async function walkHistory(walk: Walk, req: MineRequest): Promise<void> {
  const shallow = await readShallowCommits(req.gitDir);
  const queue = new CommitQueue();
  queue.offer(req.pinnedSha);
  // The pinned commit must be readable: without it there is no history to mine.
  await readCommit(walk.reader, req.pinnedSha);
  for (let sha = queue.take(); sha !== undefined; sha = queue.take()) {
    const raw = await readCommitOrWarn(walk, sha);
    if (raw === null) continue;
    const parents = shallow.has(sha) ? [] : raw.parents;
    const commit = toMinedCommit(sha, raw, parents);
    const changes = parents.length > 1 ? [] : await changesOf(walk, sha, raw.tree, parents[0] ?? null);
    await walk.sink.commit(commit, changes);
    for (const parent of parents) queue.offer(parent);
    // Object reads are synchronous; let the event loop breathe between commits.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

async function readCommit(reader: GitObjectReader, sha: string): Promise<RawCommit> {
  const raw = parseCommitObject(await reader.read(sha, 'commit'));
  if (raw === null) throw new MissingObjectError(sha, 'not a well-formed commit');
  return raw;
}

async function readCommitOrWarn(walk: Walk, sha: string): Promise<RawCommit | null> {
  try {
    return await readCommit(walk.reader, sha);
  } catch (err) {
    if (!(err instanceof MissingObjectError)) throw err;
    walk.warn({ kind: 'unreadable-commit', sha, path: null, message: err.message });
    return null;
  }
}

/** The numstat rows of a non-merge commit: its tree against its parent's (or the empty tree). */
async function changesOf(
  walk: Walk,
  sha: string,
  tree: string,
  parent: string | null,
): Promise<MinedChange[]> {
  try {
    const parentTree = parent === null ? null : (await readCommit(walk.reader, parent)).tree;
    const blobs = new CommitBlobs(walk.reader, walk.similarityCountsFinalLine);
    const pairs = await detectRenames(blobs, await diffTrees(walk.reader, parentTree, tree));
    const changes: MinedChange[] = [];
    for (const pair of pairs) changes.push(await numstatChange(blobs, pair, sha, walk.warn));
    return changes;
  } catch (err) {
    if (!(err instanceof MissingObjectError)) throw err;
    walk.warn({
      kind: 'missing-object',
      sha,
      path: null,
      message: `changes of ${sha} unknown: ${err.message}`,
    });
    return [];
  }
}
