import { readFile } from 'node:fs/promises';

const idxMagic = 0xff744f63;
const fanoutStart = 8;
const fanoutBytes = 256 * 4;

/**
 * A version-2 pack index (`.idx`), kept as the file's bytes: finding an object is a binary search
 * in the sorted id table, with no per-object JavaScript values, so even an index of millions of
 * objects costs only its own size.
 */
export class PackIndex {
  private constructor(
    private readonly bytes: Buffer,
    readonly objectCount: number,
  ) {}

  /** Null when the file is not a version-2 index (git has written version 2 since 2007). */
  static async load(path: string): Promise<PackIndex | null> {
    const bytes = await readFile(path);
    if (
      bytes.length < fanoutStart + fanoutBytes ||
      bytes.readUInt32BE(0) !== idxMagic ||
      bytes.readUInt32BE(4) !== 2
    ) {
      return null;
    }
    return new PackIndex(bytes, bytes.readUInt32BE(fanoutStart + 255 * 4));
  }

  /** The object's offset in the pack, or null when this pack does not hold it. */
  offsetOf(oid: Buffer): number | null {
    const first = oid[0] ?? 0;
    let low = first === 0 ? 0 : this.bytes.readUInt32BE(fanoutStart + (first - 1) * 4);
    let high = this.bytes.readUInt32BE(fanoutStart + first * 4);
    while (low < high) {
      const middle = (low + high) >>> 1;
      const at = this.idsStart() + middle * 20;
      const order = this.bytes.compare(oid, 0, 20, at, at + 20);
      if (order === 0) return this.offsetAt(middle);
      if (order > 0) high = middle;
      else low = middle + 1;
    }
    return null;
  }

  private idsStart(): number {
    return fanoutStart + fanoutBytes;
  }

  /** Offsets over 2 GiB live in a second table of 64-bit values, flagged by the top bit. */
  private offsetAt(position: number): number {
    const offsetsStart = this.idsStart() + this.objectCount * 24;
    const small = this.bytes.readUInt32BE(offsetsStart + position * 4);
    if ((small & 0x80000000) === 0) return small;
    const largeStart = offsetsStart + this.objectCount * 4;
    return Number(this.bytes.readBigUInt64BE(largeStart + (small & 0x7fffffff) * 8));
  }
}
