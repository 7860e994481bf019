import type { FilePair, FileSpec } from './diff-trees.ts';

/** A deleted path that may turn out to be renamed. */
export interface RenameSource {
  spec: FileSpec;
  used: boolean;
}

/** An added path that may turn out to be the new name of a source. */
export interface RenameDestination {
  spec: FileSpec;
  source: RenameSource | null;
}

export interface RenameCandidates {
  /** In diff order; shrinks as sources get used, like git's rename_src. */
  sources: RenameSource[];
  destinations: RenameDestination[];
}

/** Every added path is a destination and every deleted one a source (git's rename_empty is on). */
export function collectRenameCandidates(pairs: readonly FilePair[]): RenameCandidates {
  const sources: RenameSource[] = [];
  const destinations: RenameDestination[] = [];
  for (const { one, two } of pairs) {
    if (one === null && two !== null) destinations.push({ spec: two, source: null });
    if (one !== null && two === null) sources.push({ spec: one, used: false });
  }
  return { sources, destinations };
}

export function recordRename(destination: RenameDestination, source: RenameSource): void {
  destination.source = source;
  source.used = true;
}

/** Git's remove_unneeded_paths_from_src(): a source used once is not offered again. */
export function dropUsedSources(candidates: RenameCandidates): void {
  candidates.sources = candidates.sources.filter((source) => !source.used);
}

export function unpairedDestinations(candidates: RenameCandidates): RenameDestination[] {
  return candidates.destinations.filter((destination) => destination.source === null);
}

/** Git's basename_same(): 1 when both paths end in the same file name, else 0. */
export function basenameSame(a: string, b: string): number {
  let i = a.length;
  let j = b.length;
  while (i > 0 && j > 0) {
    const c = a[--i];
    if (c !== b[--j]) return 0;
    if (c === '/') return 1;
  }
  return (i === 0 || a[i - 1] === '/') && (j === 0 || b[j - 1] === '/') ? 1 : 0;
}

export function basenameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
