/**
 * A least-recently-used cache bounded by the bytes of its values, like git's delta base cache:
 * memory stays flat however long the walk, and an entry larger than a quarter of the budget is
 * not kept at all rather than flushing everything else.
 */
export class ByteBudgetCache<V extends { byteLength: number }> {
  private readonly entries = new Map<string, V>();
  private bytes = 0;

  constructor(private readonly budget: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    if (value.byteLength > this.budget / 4 || this.entries.has(key)) return;
    for (const [oldKey, old] of this.entries) {
      if (this.bytes + value.byteLength <= this.budget) break;
      this.entries.delete(oldKey);
      this.bytes -= old.byteLength;
    }
    this.entries.set(key, value);
    this.bytes += value.byteLength;
  }
}
