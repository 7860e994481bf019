/**
 * What one LCOV record says of a file, kept compact so a report of millions of lines fits in
 * memory: lines as sorted `line * 2 + hit` integers, branches and functions as keys with hit flags.
 * Records for the same file (tests run separately, reports concatenated) merge as genhtml merges
 * them: by line number, by line/block/branch, by function name.
 */
export interface LcovFileData {
  lines: Int32Array;
  branches: Map<string, boolean>;
  functions: Map<string, boolean>;
  /** LF/LH, BRF/BRH, FNF/FNH as written: used only when the record has no detail lines. */
  declared: DeclaredTotals;
}

export interface DeclaredTotals {
  lf: number | null;
  lh: number | null;
  brf: number | null;
  brh: number | null;
  fnf: number | null;
  fnh: number | null;
}

export function compactLines(hits: Map<number, number>): Int32Array {
  const lines = new Int32Array(hits.size);
  let at = 0;
  for (const [line, count] of hits) lines[at++] = line * 2 + (count > 0 ? 1 : 0);
  return lines.sort();
}

export function mergeFileData(into: LcovFileData, more: LcovFileData): LcovFileData {
  const hits = new Map<number, number>();
  for (const encoded of [...into.lines, ...more.lines]) {
    const line = encoded >> 1;
    hits.set(line, Math.max(hits.get(line) ?? 0, encoded & 1));
  }
  return {
    lines: compactLines(hits),
    branches: mergeFlags(into.branches, more.branches),
    functions: mergeFlags(into.functions, more.functions),
    declared: sumDeclared(into.declared, more.declared),
  };
}

function mergeFlags(a: Map<string, boolean>, b: Map<string, boolean>): Map<string, boolean> {
  const merged = new Map(a);
  for (const [key, hit] of b) merged.set(key, (merged.get(key) ?? false) || hit);
  return merged;
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

export function countHits(lines: Int32Array): number {
  let hit = 0;
  for (const encoded of lines) hit += encoded & 1;
  return hit;
}

export function countFlags(flags: Map<string, boolean>): number {
  let hit = 0;
  for (const value of flags.values()) if (value) hit += 1;
  return hit;
}
