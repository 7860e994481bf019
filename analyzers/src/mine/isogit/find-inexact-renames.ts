import type { CommitBlobs } from './commit-blobs.ts';
import { estimateSimilarity } from './estimate-similarity.ts';
import {
  basenameSame,
  recordRename,
  unpairedDestinations,
  type RenameCandidates,
  type RenameDestination,
  type RenameSource,
} from './rename-candidates.ts';

/** Git keeps the best few sources per destination (NUM_CANDIDATE_PER_DST). */
const candidatesPerDestination = 4;

interface Match {
  source: RenameSource;
  destination: RenameDestination;
  score: number;
  nameScore: number;
}

/**
 * Git's similarity matrix: every remaining destination scored against every remaining source,
 * the best four per destination kept, all of them sorted (stably) by score and then by equal file
 * name, and pairs taken greedily from the top while at least `minimumScore`.
 */
export async function findInexactRenames(
  blobs: CommitBlobs,
  candidates: RenameCandidates,
  minimumScore: number,
): Promise<void> {
  const matches: Match[] = [];
  for (const destination of unpairedDestinations(candidates)) {
    const best: Match[] = [];
    for (const source of candidates.sources) {
      const score = await estimateSimilarity(blobs, source.spec, destination.spec, minimumScore);
      keepIfBetter(best, {
        source,
        destination,
        score,
        nameScore: basenameSame(source.spec.path, destination.spec.path),
      });
    }
    matches.push(...best);
  }
  matches.sort(compareMatches);
  for (const match of matches) {
    if (match.score < minimumScore) break;
    if (match.destination.source !== null || match.source.used) continue;
    recordRename(match.destination, match.source);
  }
}

/** Git's record_if_better(): replaces the worst kept match (the first of equally bad ones). */
function keepIfBetter(best: Match[], match: Match): void {
  if (best.length < candidatesPerDestination) {
    best.push(match);
    return;
  }
  let worst = 0;
  for (let i = 1; i < best.length; i += 1) {
    if (compareMatches(best[i] as Match, best[worst] as Match) > 0) worst = i;
  }
  if (compareMatches(best[worst] as Match, match) > 0) best[worst] = match;
}

/** Git's score_compare(): higher score first, then same file name first. */
function compareMatches(a: Match, b: Match): number {
  return a.score === b.score ? b.nameScore - a.nameScore : b.score - a.score;
}
