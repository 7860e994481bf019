/** How far git looks for a NUL byte before calling a blob binary (`buffer_is_binary`). */
export const binarySniffLength = 8000;

/** True when git would call this content binary: a NUL byte in its first 8000 bytes. */
export function isBinaryContent(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, binarySniffLength);
  for (let i = 0; i < end; i += 1) if (bytes[i] === 0) return true;
  return false;
}
