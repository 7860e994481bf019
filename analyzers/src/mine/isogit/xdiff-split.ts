/**
 * xdl_split() from git's xdiffi.c, ported line for line: Myers' O(ND) middle-snake search over
 * the box [off1, lim1) x [off2, lim2), with xdiff's two cut-offs for expensive boxes (take a
 * "good enough" long snake once the cost passes 256, and give up at a cost of about sqrt(N)
 * with the furthest-reaching path). Those cut-offs make git's diff non-minimal on large, very
 * different files; porting them exactly is what makes our line counts equal git's.
 */
export interface Box {
  off1: number;
  lim1: number;
  off2: number;
  lim2: number;
}

export interface Split {
  i1: number;
  i2: number;
  minimalLow: boolean;
  minimalHigh: boolean;
}

/** Buffers shared by every split of one diff (git's kvdf/kvdb) and its cost limits. */
export interface SplitContext {
  ha1: Int32Array;
  ha2: Int32Array;
  forward: Int32Array;
  backward: Int32Array;
  /** Offset of diagonal 0 in both buffers. */
  zero: number;
  maxCost: number;
}

const snakeMinimum = 20;
const heuristicMinCost = 256;
const heuristicFactor = 4;
export const lineMax = 0x7fffffff;

export function createSplitContext(ha1: Int32Array, ha2: Int32Array): SplitContext {
  const diagonals = ha1.length + ha2.length + 3;
  let maxCost = 1;
  for (let rest = diagonals; rest > 0; rest = Math.floor(rest / 4)) maxCost *= 2;
  return {
    ha1,
    ha2,
    forward: new Int32Array(diagonals + 1),
    backward: new Int32Array(diagonals + 1),
    zero: ha2.length + 1,
    maxCost: Math.max(maxCost, 256),
  };
}

/** Finds where to cut the box in two; both halves are then diffed on their own. */
export function splitBox(context: SplitContext, box: Box, needMinimal: boolean): Split {
  const search = new MiddleSnakeSearch(context, box);
  for (let cost = 1; ; cost += 1) {
    search.gotSnake = false;
    const meeting = search.forwardStep() ?? search.backwardStep();
    if (meeting) return meeting;
    if (needMinimal) continue;
    const goodEnough = search.gotSnake && cost > heuristicMinCost ? search.goodSnake(cost) : null;
    if (goodEnough) return goodEnough;
    if (cost >= context.maxCost) return search.furthestReaching();
  }
}

class MiddleSnakeSearch {
  private readonly dmin: number;
  private readonly dmax: number;
  private readonly fmid: number;
  private readonly bmid: number;
  private readonly odd: boolean;
  private fmin: number;
  private fmax: number;
  private bmin: number;
  private bmax: number;
  gotSnake = false;

  constructor(
    private readonly context: SplitContext,
    private readonly box: Box,
  ) {
    this.dmin = box.off1 - box.lim2;
    this.dmax = box.lim1 - box.off2;
    this.fmid = this.fmin = this.fmax = box.off1 - box.off2;
    this.bmid = this.bmin = this.bmax = box.lim1 - box.lim2;
    this.odd = ((this.fmid - this.bmid) & 1) !== 0;
    this.setF(this.fmid, box.off1);
    this.setB(this.bmid, box.lim1);
  }

  private f(d: number): number {
    return this.context.forward[this.context.zero + d] ?? 0;
  }
  private b(d: number): number {
    return this.context.backward[this.context.zero + d] ?? 0;
  }
  private setF(d: number, value: number): void {
    this.context.forward[this.context.zero + d] = value;
  }
  private setB(d: number, value: number): void {
    this.context.backward[this.context.zero + d] = value;
  }

  /** Extends every forward diagonal by one edit and slides down its snake. */
  forwardStep(): Split | null {
    const { ha1, ha2 } = this.context;
    const { lim1, lim2 } = this.box;
    if (this.fmin > this.dmin) this.setF(--this.fmin - 1, -1);
    else this.fmin += 1;
    if (this.fmax < this.dmax) this.setF(++this.fmax + 1, -1);
    else this.fmax -= 1;
    for (let d = this.fmax; d >= this.fmin; d -= 2) {
      let i1 = this.f(d - 1) >= this.f(d + 1) ? this.f(d - 1) + 1 : this.f(d + 1);
      const start = i1;
      let i2 = i1 - d;
      while (i1 < lim1 && i2 < lim2 && ha1[i1] === ha2[i2]) [i1, i2] = [i1 + 1, i2 + 1];
      if (i1 - start > snakeMinimum) this.gotSnake = true;
      this.setF(d, i1);
      if (this.odd && this.bmin <= d && d <= this.bmax && this.b(d) <= i1) return meet(i1, i2);
    }
    return null;
  }

  /** Extends every backward diagonal by one edit and slides up its snake. */
  backwardStep(): Split | null {
    const { ha1, ha2 } = this.context;
    const { off1, off2 } = this.box;
    if (this.bmin > this.dmin) this.setB(--this.bmin - 1, lineMax);
    else this.bmin += 1;
    if (this.bmax < this.dmax) this.setB(++this.bmax + 1, lineMax);
    else this.bmax -= 1;
    for (let d = this.bmax; d >= this.bmin; d -= 2) {
      let i1 = this.b(d - 1) < this.b(d + 1) ? this.b(d - 1) : this.b(d + 1) - 1;
      const start = i1;
      let i2 = i1 - d;
      while (i1 > off1 && i2 > off2 && ha1[i1 - 1] === ha2[i2 - 1]) [i1, i2] = [i1 - 1, i2 - 1];
      if (start - i1 > snakeMinimum) this.gotSnake = true;
      this.setB(d, i1);
      if (!this.odd && this.fmin <= d && d <= this.fmax && i1 <= this.f(d)) return meet(i1, i2);
    }
    return null;
  }

  /** xdiff's heuristic: a diagonal far along and ending in a 20-line snake is good enough. */
  goodSnake(cost: number): Split | null {
    return this.goodForwardSnake(cost) ?? this.goodBackwardSnake(cost);
  }

  private goodForwardSnake(cost: number): Split | null {
    const { ha1, ha2 } = this.context;
    const { off1, lim1, off2, lim2 } = this.box;
    let best = 0;
    let found: Split | null = null;
    for (let d = this.fmax; d >= this.fmin; d -= 2) {
      const i1 = this.f(d);
      const i2 = i1 - d;
      const v = i1 - off1 + (i2 - off2) - Math.abs(d - this.fmid);
      if (v <= heuristicFactor * cost || v <= best) continue;
      if (!(off1 + snakeMinimum <= i1 && i1 < lim1 && off2 + snakeMinimum <= i2 && i2 < lim2)) continue;
      if (!runsEqual(ha1, i1 - snakeMinimum, ha2, i2 - snakeMinimum, snakeMinimum)) continue;
      best = v;
      found = { i1, i2, minimalLow: true, minimalHigh: false };
    }
    return found;
  }

  private goodBackwardSnake(cost: number): Split | null {
    const { ha1, ha2 } = this.context;
    const { off1, lim1, off2, lim2 } = this.box;
    let best = 0;
    let found: Split | null = null;
    for (let d = this.bmax; d >= this.bmin; d -= 2) {
      const i1 = this.b(d);
      const i2 = i1 - d;
      const v = lim1 - i1 + (lim2 - i2) - Math.abs(d - this.bmid);
      if (v <= heuristicFactor * cost || v <= best) continue;
      if (!(off1 < i1 && i1 <= lim1 - snakeMinimum && off2 < i2 && i2 <= lim2 - snakeMinimum)) continue;
      if (!runsEqual(ha1, i1, ha2, i2, snakeMinimum)) continue;
      best = v;
      found = { i1, i2, minimalLow: false, minimalHigh: true };
    }
    return found;
  }

  /** Too expensive: cut at whichever path, forward or backward, reached furthest. */
  furthestReaching(): Split {
    const { off1, lim1, off2, lim2 } = this.box;
    let fbest = -1;
    let fbest1 = -1;
    for (let d = this.fmax; d >= this.fmin; d -= 2) {
      let i1 = Math.min(this.f(d), lim1);
      let i2 = i1 - d;
      if (lim2 < i2) [i1, i2] = [lim2 + d, lim2];
      if (fbest < i1 + i2) [fbest, fbest1] = [i1 + i2, i1];
    }
    let bbest = lineMax;
    let bbest1 = lineMax;
    for (let d = this.bmax; d >= this.bmin; d -= 2) {
      let i1 = Math.max(off1, this.b(d));
      let i2 = i1 - d;
      if (i2 < off2) [i1, i2] = [off2 + d, off2];
      if (i1 + i2 < bbest) [bbest, bbest1] = [i1 + i2, i1];
    }
    if (lim1 + lim2 - bbest < fbest - (off1 + off2)) {
      return { i1: fbest1, i2: fbest - fbest1, minimalLow: true, minimalHigh: false };
    }
    return { i1: bbest1, i2: bbest - bbest1, minimalLow: false, minimalHigh: true };
  }
}

function meet(i1: number, i2: number): Split {
  return { i1, i2, minimalLow: true, minimalHigh: true };
}

function runsEqual(ha1: Int32Array, at1: number, ha2: Int32Array, at2: number, length: number): boolean {
  for (let k = 0; k < length; k += 1) if (ha1[at1 + k] !== ha2[at2 + k]) return false;
  return true;
}
