import type { ClassifiedFiles } from './xdiff-classify.ts';

/** One file after xdiff's preparation (xprepare.c), ready for the Myers pass. */
export interface PreparedFile {
  /** Per record: 1 when already known to be changed. */
  changed: Uint8Array;
  /** Classes of the records left to compare, and each one's record number. */
  classes: Int32Array;
  recordOf: Int32Array;
}

const maxEqualityLimit = 1024;
const similarScanWindow = 100;
const discardRunFactor = 4;
const noMatch = 0;
const oneMatch = 1;
const manyMatches = 2;

/**
 * xdl_trim_ends() then xdl_cleanup_records(): drop the common head and tail, mark lines with no
 * counterpart in the other file as changed, and also lines with very many counterparts when they
 * sit in a run of such lines. That last step is a heuristic that can make git's diff, and so its
 * line counts, differ from a minimal diff; reproducing it is what keeps our counts equal to git's.
 */
export function prepareForMyers(files: ClassifiedFiles): [PreparedFile, PreparedFile] {
  const { classes1, classes2 } = files;
  const shorter = Math.min(classes1.length, classes2.length);
  let head = 0;
  while (head < shorter && classes1[head] === classes2[head]) head += 1;
  let tail = 0;
  while (
    tail < shorter - head &&
    classes1[classes1.length - 1 - tail] === classes2[classes2.length - 1 - tail]
  )
    tail += 1;
  return [
    reduce(classes1, head, classes1.length - tail - 1, files.countIn2),
    reduce(classes2, head, classes2.length - tail - 1, files.countIn1),
  ];
}

function reduce(classes: Int32Array, start: number, end: number, countsInOther: Int32Array): PreparedFile {
  const limit = Math.min(bogoSqrt(classes.length), maxEqualityLimit);
  const matches = new Uint8Array(classes.length + 1);
  for (let i = start; i <= end; i += 1) {
    const count = countsInOther[classes[i] ?? 0] ?? 0;
    matches[i] = count === 0 ? noMatch : count >= limit ? manyMatches : oneMatch;
  }
  const changed = new Uint8Array(classes.length);
  const kept: number[] = [];
  for (let i = start; i <= end; i += 1) {
    const match = matches[i];
    if (match === oneMatch || (match === manyMatches && !inDiscardRun(matches, i, start, end))) kept.push(i);
    else changed[i] = 1;
  }
  return { changed, recordOf: Int32Array.from(kept), classes: Int32Array.from(kept, (i) => classes[i] ?? 0) };
}

/** xdl_clean_mmatch(): is this many-matches line inside a run mostly made of unmatched lines? */
function inDiscardRun(matches: Uint8Array, i: number, start: number, end: number): boolean {
  const before = scanRun(matches, i, -1, Math.max(start, i - similarScanWindow));
  if (before.unmatched === 0) return false;
  const after = scanRun(matches, i, 1, Math.min(end, i + similarScanWindow));
  if (after.unmatched === 0) return false;
  const many = before.many + after.many;
  return many * discardRunFactor < many + before.unmatched + after.unmatched;
}

/** Walks away from `i` over unmatched and many-match lines; `many` starts at 1 as in git. */
function scanRun(
  matches: Uint8Array,
  i: number,
  step: 1 | -1,
  bound: number,
): { unmatched: number; many: number } {
  let unmatched = 0;
  let many = 1;
  for (let at = i + step; step < 0 ? at >= bound : at <= bound; at += step) {
    if (matches[at] === noMatch) unmatched += 1;
    else if (matches[at] === manyMatches) many += 1;
    else break;
  }
  return { unmatched, many };
}

/** xdiff's integer square root approximation. */
export function bogoSqrt(n: number): number {
  let root = 1;
  for (let rest = n; rest > 0; rest = Math.floor(rest / 4)) root *= 2;
  return root;
}
