import type { ReportText } from './report-file.ts';

/**
 * Splits streamed text into lines (LF or CRLF) without holding more than one chunk. The last line
 * is yielded even without a final newline.
 */
export async function* textLines(text: ReportText): AsyncGenerator<string> {
  let carry = '';
  for await (const chunk of text) {
    const lines = (carry + chunk).split('\n');
    carry = lines.pop() ?? '';
    for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line;
  }
  if (carry !== '') yield carry.endsWith('\r') ? carry.slice(0, -1) : carry;
}
