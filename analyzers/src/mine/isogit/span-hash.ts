/**
 * Git's rename similarity fingerprint (diffcore-delta.c): the content cut into spans ending at a
 * newline or after 64 bytes, each span hashed into one of 107927 buckets that count its bytes.
 */
export interface SpanCounts {
  /** Bucket numbers, ascending. */
  buckets: Uint32Array;
  /** Bytes counted in the bucket at the same index. */
  bytes: Float64Array;
}

const hashBase = 107927;

/**
 * `countFinalSpan`: git before 2.44 (commit 1c5bc6971e) dropped a final span that had no newline
 * and was under 64 bytes; later git counts it.
 */
export function hashSpans(content: Uint8Array, isText: boolean, countFinalSpan: boolean): SpanCounts {
  const counts = new Map<number, number>();
  const add = (bucket: number, n: number): void => void counts.set(bucket, (counts.get(bucket) ?? 0) + n);
  let accum1 = 0;
  let accum2 = 0;
  let n = 0;
  for (let i = 0; i < content.length; i += 1) {
    const c = content[i] ?? 0;
    // Text treats CRLF as LF, so a CRLF conversion alone does not hide a rename.
    if (isText && c === 0x0d && content[i + 1] === 0x0a) continue;
    const old1 = accum1;
    accum1 = (((accum1 << 7) ^ (accum2 >>> 25)) + c) >>> 0;
    accum2 = ((accum2 << 7) ^ (old1 >>> 25)) >>> 0;
    n += 1;
    if (n < 64 && c !== 0x0a) continue;
    add(bucketOf(accum1, accum2), n);
    n = accum1 = accum2 = 0;
  }
  if (countFinalSpan && n > 0) add(bucketOf(accum1, accum2), n);
  return sortedCounts(counts);
}

function bucketOf(accum1: number, accum2: number): number {
  return ((accum1 + Math.imul(accum2, 0x61)) >>> 0) % hashBase;
}

function sortedCounts(counts: Map<number, number>): SpanCounts {
  const buckets = Uint32Array.from(counts.keys()).sort();
  const bytes = Float64Array.from(buckets, (bucket) => counts.get(bucket) ?? 0);
  return { buckets, bytes };
}

/** Git's diffcore_count_changes(): the bytes of `dst` that `src` could have supplied. */
export function copiedBytes(src: SpanCounts, dst: SpanCounts): number {
  let copied = 0;
  let d = 0;
  for (let s = 0; s < src.buckets.length; s += 1) {
    const bucket = src.buckets[s] ?? 0;
    while (d < dst.buckets.length && (dst.buckets[d] ?? 0) < bucket) d += 1;
    if (d < dst.buckets.length && dst.buckets[d] === bucket) {
      copied += Math.min(src.bytes[s] ?? 0, dst.bytes[d] ?? 0);
      d += 1;
    }
  }
  return copied;
}
