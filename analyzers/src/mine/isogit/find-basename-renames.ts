import type { CommitBlobs } from './commit-blobs.ts';
import { estimateSimilarity } from './estimate-similarity.ts';
import {
  basenameOf,
  recordRename,
  unpairedDestinations,
  type RenameCandidates,
  type RenameDestination,
  type RenameSource,
} from './rename-candidates.ts';

/**
 * Git's find_basename_matches() (git >= 2.33): a file name that is unique among the remaining
 * sources and among the remaining destinations pairs up, before the full matrix, when the two
 * are at least `minimumScore` similar (75% by default: halfway from 50% to 100%).
 */
export async function findBasenameRenames(
  blobs: CommitBlobs,
  candidates: RenameCandidates,
  minimumScore: number,
): Promise<void> {
  const sources = uniqueByBasename(candidates.sources);
  const destinations = uniqueByBasename(unpairedDestinations(candidates));
  for (const [name, source] of sources) {
    const destination = destinations.get(name);
    if (!source || !destination || destination.source !== null) continue;
    const score = await estimateSimilarity(blobs, source.spec, destination.spec, minimumScore);
    if (score >= minimumScore) recordRename(destination, source);
  }
}

/** Maps each file name to its only holder, or to null when several paths share it. */
function uniqueByBasename<T extends RenameSource | RenameDestination>(
  items: readonly T[],
): Map<string, T | null> {
  const byName = new Map<string, T | null>();
  for (const item of items) {
    const name = basenameOf(item.spec.path);
    byName.set(name, byName.has(name) ? null : item);
  }
  return byName;
}
