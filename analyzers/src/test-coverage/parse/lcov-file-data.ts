/**
 * What an LCOV report says of a file, kept compact so a report of millions of lines fits in
 * little memory: lines as a two-bit-per-line map (instrumented, hit), or as sorted
 * `line * 2 + hit` integers when the line numbers are sparse; branches (line/block/branch) and
 * functions (names) as 52-bit hashes of their keys, times two plus the hit flag. Records for the
 * same file (tests run separately, reports concatenated) merge as genhtml merges them: by line
 * number, by line/block/branch, by function name.
 */
export interface LcovFileData {
  lines: LineSet;
  branches: Float64Array;
  functions: Float64Array;
  /** LF/LH, BRF/BRH, FNF/FNH as written: used only when the record has no detail lines. */
  declared: DeclaredTotals;
}

export type LineSet = Uint8Array | Int32Array;

export interface DeclaredTotals {
  lf: number | null;
  lh: number | null;
  brf: number | null;
  brh: number | null;
  fnf: number | null;
  fnh: number | null;
}

/**
 * Two FNV-style hashes folded into 52 bits: two of a file's few hundred keys colliding is about as
 * likely as a one in 10^10 event, where a JS string key would cost ten times the memory.
 */
export function keyHash(key: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < key.length; i += 1) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 2 ** 20 + ((b >>> 0) & 0xfffff);
}

export function compactLines(hits: Map<number, number>): LineSet {
  let max = 0;
  for (const line of hits.keys()) max = Math.max(max, line);
  if (max > 16 * hits.size + 1024) {
    const sparse = new Int32Array(hits.size);
    let at = 0;
    for (const [line, count] of hits) sparse[at++] = line * 2 + (count > 0 ? 1 : 0);
    return sparse.sort();
  }
  const map = new Uint8Array(((max + 1) * 2 + 7) >> 3);
  for (const [line, count] of hits) {
    setBit(map, line * 2);
    if (count > 0) setBit(map, line * 2 + 1);
  }
  return map;
}

function setBit(map: Uint8Array, bit: number): void {
  map[bit >> 3] = (map[bit >> 3] ?? 0) | (1 << (bit & 7));
}

function bitAt(map: Uint8Array, bit: number): boolean {
  return (((map[bit >> 3] ?? 0) >> (bit & 7)) & 1) === 1;
}

/** Every instrumented line of a set with its hit flag. */
export function* linesOf(lines: LineSet): Generator<[number, boolean]> {
  if (lines instanceof Int32Array) {
    for (const encoded of lines) yield [encoded >> 1, (encoded & 1) === 1];
    return;
  }
  for (let line = 0; line * 2 < lines.length * 8; line += 1)
    if (bitAt(lines, line * 2)) yield [line, bitAt(lines, line * 2 + 1)];
}

/** Instrumented and hit lines. */
export function lineTotals(lines: LineSet): [number, number] {
  let found = 0;
  let hit = 0;
  for (const [, isHit] of linesOf(lines)) {
    found += 1;
    if (isHit) hit += 1;
  }
  return [found, hit];
}

export function compactFlags(flags: Map<number, boolean>): Float64Array {
  const set = new Float64Array(flags.size);
  let at = 0;
  for (const [key, hit] of flags) set[at++] = key * 2 + (hit ? 1 : 0);
  return set;
}

/** Keys and hits of a flag set: [found, hit]. */
export function flagTotals(set: Float64Array): [number, number] {
  let hit = 0;
  for (const encoded of set) hit += encoded % 2;
  return [set.length, hit];
}

export function mergeFileData(into: LcovFileData, more: LcovFileData): LcovFileData {
  const hits = new Map<number, number>();
  for (const lines of [into.lines, more.lines])
    for (const [line, hit] of linesOf(lines)) hits.set(line, Math.max(hits.get(line) ?? 0, hit ? 1 : 0));
  return {
    lines: compactLines(hits),
    branches: mergeFlags(into.branches, more.branches),
    functions: mergeFlags(into.functions, more.functions),
    declared: sumDeclared(into.declared, more.declared),
  };
}

function mergeFlags(a: Float64Array, b: Float64Array): Float64Array {
  const merged = new Map<number, boolean>();
  for (const set of [a, b])
    for (const encoded of set) {
      const key = Math.floor(encoded / 2);
      merged.set(key, (merged.get(key) ?? false) || encoded % 2 === 1);
    }
  return compactFlags(merged);
}

function sumDeclared(a: DeclaredTotals, b: DeclaredTotals): DeclaredTotals {
  const add = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : x + y);
  return {
    lf: add(a.lf, b.lf),
    lh: add(a.lh, b.lh),
    brf: add(a.brf, b.brf),
    brh: add(a.brh, b.brh),
    fnf: add(a.fnf, b.fnf),
    fnh: add(a.fnh, b.fnh),
  };
}
