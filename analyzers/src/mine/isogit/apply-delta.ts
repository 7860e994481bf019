/**
 * Rebuilds an object from its delta against a base, in git's pack delta format: two sizes, then
 * instructions that either copy a range of the base or insert literal bytes. Null when the delta
 * does not fit the base (a corrupt pack).
 */
export function applyDelta(base: Uint8Array, delta: Uint8Array): Uint8Array | null {
  const cursor = { at: 0 };
  if (readSize(delta, cursor) !== base.length) return null;
  const result = new Uint8Array(readSize(delta, cursor));
  let written = 0;
  while (cursor.at < delta.length) {
    const op = delta[cursor.at++] ?? 0;
    if (op & 0x80) {
      const offset = readCopyField(delta, cursor, op, 0, 4);
      const size = readCopyField(delta, cursor, op, 4, 3) || 0x10000;
      if (offset + size > base.length || written + size > result.length) return null;
      result.set(base.subarray(offset, offset + size), written);
      written += size;
    } else if (op !== 0) {
      if (cursor.at + op > delta.length || written + op > result.length) return null;
      result.set(delta.subarray(cursor.at, cursor.at + op), written);
      cursor.at += op;
      written += op;
    } else return null;
  }
  return written === result.length ? result : null;
}

function readSize(delta: Uint8Array, cursor: { at: number }): number {
  let size = 0;
  let shift = 1;
  for (;;) {
    const byte = delta[cursor.at++] ?? 0;
    size += (byte & 0x7f) * shift;
    shift *= 128;
    if (!(byte & 0x80) || cursor.at >= delta.length) return size;
  }
}

/** A copy instruction's offset (4 bytes) or size (3 bytes), present byte by byte per flag bit. */
function readCopyField(
  delta: Uint8Array,
  cursor: { at: number },
  op: number,
  firstBit: number,
  bytes: number,
): number {
  let value = 0;
  for (let i = 0; i < bytes; i += 1) {
    if (op & (1 << (firstBit + i))) value += (delta[cursor.at++] ?? 0) * 2 ** (8 * i);
  }
  return value;
}
