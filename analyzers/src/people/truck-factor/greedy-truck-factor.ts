/** One file authored by one person (a DOA author), with their DOA. */
export interface Authorship {
  file: string;
  person: string;
  doa: number;
}

export interface TruckFactorResult {
  truckFactor: number;
  /** The people removed, in order. */
  people: string[];
  fileCount: number;
}

interface Candidate {
  person: string;
  files: string[];
  doaSum: number;
  firstCommitAt: number;
}

/**
 * Avelino et al.'s greedy truck factor: remove the person who authors the most files, again and
 * again, until more than half of the files have no author left; the truck factor is the number
 * removed. As in their reference implementation, "most files" counts all the files a person
 * authors, so the order is fixed up front. Ties (left in hash-map order there) are broken by the
 * larger sum of DOA over those files, then the earlier first commit, then the smaller id.
 */
export function greedyTruckFactor(
  files: readonly string[],
  authorships: readonly Authorship[],
  firstCommitAt: (person: string) => number | null,
): TruckFactorResult {
  const scope = new Set(files);
  const inScope = authorships.filter((a) => scope.has(a.file));
  const order = rankCandidates(inScope, firstCommitAt);
  const authorsLeft = new Map<string, number>();
  for (const a of inScope) authorsLeft.set(a.file, (authorsLeft.get(a.file) ?? 0) + 1);
  let covered = authorsLeft.size;
  const removed: string[] = [];
  for (const candidate of order) {
    if (covered * 2 < scope.size) break;
    removed.push(candidate.person);
    for (const file of candidate.files) {
      const left = (authorsLeft.get(file) ?? 1) - 1;
      authorsLeft.set(file, left);
      if (left === 0) covered -= 1;
    }
  }
  return { truckFactor: removed.length, people: removed, fileCount: scope.size };
}

function rankCandidates(
  authorships: readonly Authorship[],
  firstCommitAt: (person: string) => number | null,
): Candidate[] {
  const byPerson = new Map<string, Candidate>();
  for (const { file, person, doa } of authorships) {
    const candidate = byPerson.get(person) ?? newCandidate(person, firstCommitAt(person));
    candidate.files.push(file);
    candidate.doaSum += doa;
    byPerson.set(person, candidate);
  }
  return [...byPerson.values()].sort(
    (a, b) =>
      b.files.length - a.files.length ||
      beyondRounding(b.doaSum - a.doaSum) ||
      beyondRounding(a.firstCommitAt - b.firstCommitAt) ||
      (a.person < b.person ? -1 : a.person > b.person ? 1 : 0),
  );
}

/** Sums of the same DOAs added in another order may differ in the last bits: that is a tie. */
function beyondRounding(difference: number): number {
  return Number.isNaN(difference) || Math.abs(difference) < 1e-9 ? 0 : difference;
}

function newCandidate(person: string, firstCommitAt: number | null): Candidate {
  return { person, files: [], doaSum: 0, firstCommitAt: firstCommitAt ?? Number.POSITIVE_INFINITY };
}
