import type { ReportText } from './report-file.ts';

/**
 * Splits streamed text into lines (LF or CRLF) without holding more than one chunk, handing them
 * on a chunk's worth at a time (one await per chunk, not per line). The last line is handed on
 * even without a final newline.
 */
export async function* textLines(text: ReportText): AsyncGenerator<string[]> {
  let carry = '';
  for await (const chunk of text) {
    const lines = (carry + chunk).split('\n');
    carry = lines.pop() ?? '';
    yield lines.map(withoutCr);
  }
  if (carry !== '') yield [withoutCr(carry)];
}

const withoutCr = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);

/**
 * A copy of a string that shares no memory with the text it was cut from: V8 keeps a whole chunk
 * alive for as long as any slice of it lives, so a path kept per file would pin every chunk.
 */
export function detached(slice: string): string {
  return Buffer.from(slice, 'utf8').toString('utf8');
}
