import { TextDecoder } from 'node:util';
const utf8 = new TextDecoder('utf-8');

/**
 * Decodes a commit object as `git log --encoding=UTF-8` does: from the charset its `encoding`
 * header names (UTF-8 when absent), keeping UTF-8 when that charset is unknown, as git keeps the
 * bytes when iconv fails. Git formats commits as C strings, so the text stops at the first NUL.
 */
export function decodeCommitText(bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  const content = nul === -1 ? bytes : bytes.subarray(0, nul);
  return decoderFor(declaredEncoding(content)).decode(content);
}

function declaredEncoding(bytes: Uint8Array): string | null {
  const headerEnd = indexOfBlankLine(bytes);
  const header = Buffer.from(bytes.buffer, bytes.byteOffset, headerEnd).toString('latin1');
  const match = /^encoding (.+)$/m.exec(header);
  return match?.[1]?.trim() ?? null;
}

function indexOfBlankLine(bytes: Uint8Array): number {
  const at = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf('\n\n');
  return at === -1 ? bytes.length : at;
}

function decoderFor(encoding: string | null): TextDecoder {
  if (encoding === null) return utf8;
  try {
    return new TextDecoder(encoding);
  } catch {
    return utf8;
  }
}
