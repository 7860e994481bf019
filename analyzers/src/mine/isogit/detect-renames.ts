import type { CommitBlobs } from './commit-blobs.ts';
import type { FilePair } from './diff-trees.ts';
import { defaultRenameScore, maxScore } from './estimate-similarity.ts';
import { findBasenameRenames } from './find-basename-renames.ts';
import { findExactRenames } from './find-exact-renames.ts';
import { findInexactRenames } from './find-inexact-renames.ts';
import {
  collectRenameCandidates,
  dropUsedSources,
  unpairedDestinations,
  type RenameCandidates,
} from './rename-candidates.ts';

/** Git's diff.renameLimit default: no similarity matrix beyond 1000 x 1000 paths. */
const renameLimit = 1000;
const basenameScore = defaultRenameScore + Math.trunc(0.5 * (maxScore - defaultRenameScore));

/**
 * Git's default rename detection for `git log` (diffcore_rename with -M50%, no copies, no
 * breaks): exact renames, then unique file names at 75%, then the similarity matrix at 50%.
 * Returns the pairs in diff order, a rename standing where its new path was added and its
 * deleted source dropped.
 */
export async function detectRenames(blobs: CommitBlobs, pairs: readonly FilePair[]): Promise<FilePair[]> {
  const candidates = collectRenameCandidates(pairs);
  if (candidates.sources.length === 0 || candidates.destinations.length === 0) return [...pairs];
  findExactRenames(candidates);
  dropUsedSources(candidates);
  await findBasenameRenames(blobs, candidates, basenameScore);
  dropUsedSources(candidates);
  if (matrixIsWorthBuilding(candidates)) await findInexactRenames(blobs, candidates, defaultRenameScore);
  return applyRenames(pairs, candidates);
}

function matrixIsWorthBuilding(candidates: RenameCandidates): boolean {
  const destinations = unpairedDestinations(candidates).length;
  const sources = candidates.sources.length;
  return destinations > 0 && sources > 0 && destinations * sources <= renameLimit * renameLimit;
}

/** Git's write-back to the diff queue after rename detection. */
function applyRenames(pairs: readonly FilePair[], candidates: RenameCandidates): FilePair[] {
  const renamedFrom = new Map<string, FilePair>();
  const usedSources = new Set<string>();
  for (const { spec, source } of candidates.destinations) {
    if (source === null) continue;
    renamedFrom.set(spec.path, { one: source.spec, two: spec });
    usedSources.add(source.spec.path);
  }
  const out: FilePair[] = [];
  for (const pair of pairs) {
    if (pair.one === null && pair.two !== null) out.push(renamedFrom.get(pair.two.path) ?? pair);
    else if (pair.one !== null && pair.two === null && usedSources.has(pair.one.path)) continue;
    else out.push(pair);
  }
  return out;
}
