/**
 * Union-find over identities (by index) that refuses a union which would put two identities the
 * user split apart into one person. Each identity may carry split labels: (split group, member).
 */
export class IdentityGroups {
  private readonly parent: number[];
  /** For each root: split group → the member of that group its set already holds. */
  private readonly splits: Map<number, Map<number, number>>;

  constructor(size: number, splitLabels: Map<number, [group: number, member: number][]>) {
    this.parent = Array.from({ length: size }, (_, i) => i);
    this.splits = new Map();
    for (const [index, labels] of splitLabels) this.splits.set(index, new Map(labels));
  }

  root(index: number): number {
    let node = index;
    while (this.parent[node] !== node) node = this.parent[node] ?? node;
    this.parent[index] = node;
    return node;
  }

  /** Joins the sets of a and b; false when a split forbids it. True when they already were one. */
  union(a: number, b: number): boolean {
    const [ra, rb] = [this.root(a), this.root(b)];
    if (ra === rb) return true;
    const left = this.splits.get(ra) ?? new Map<number, number>();
    const right = this.splits.get(rb) ?? new Map<number, number>();
    for (const [group, member] of right) {
      const other = left.get(group);
      if (other !== undefined && other !== member) return false;
    }
    this.parent[rb] = ra;
    this.splits.set(ra, new Map([...left, ...right]));
    this.splits.delete(rb);
    return true;
  }
}
