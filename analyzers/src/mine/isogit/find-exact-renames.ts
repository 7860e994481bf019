import { isRegularMode } from './tree-entry.ts';
import { basenameSame, recordRename, type RenameCandidates, type RenameSource } from './rename-candidates.ts';

/** Git gives up looking for a better identical source after this many. */
const identicalAlternativesLimit = 100;

/**
 * Git's find_exact_renames(): each destination, in diff order, takes the first unused source with
 * the same blob, preferring one with the same file name. Non-regular files (symlinks,
 * submodules) must also keep their exact mode.
 */
export function findExactRenames(candidates: RenameCandidates): void {
  const byOid = new Map<string, RenameSource[]>();
  for (const source of candidates.sources) {
    const same = byOid.get(source.spec.oid);
    if (same) same.push(source);
    else byOid.set(source.spec.oid, [source]);
  }
  for (const destination of candidates.destinations) {
    const target = destination.spec;
    let best: RenameSource | null = null;
    let bestScore = -1;
    let budget = identicalAlternativesLimit;
    for (const source of byOid.get(target.oid) ?? []) {
      const modesClash =
        !(isRegularMode(source.spec.mode) && isRegularMode(target.mode)) && source.spec.mode !== target.mode;
      if (modesClash || source.used) continue;
      const score = 1 + basenameSame(source.spec.path, target.path);
      if (score > bestScore) [best, bestScore] = [source, score];
      if (score === 2 || --budget === 0) break;
    }
    if (best) recordRename(destination, best);
  }
}
