import type { SourceLine } from './filter-step.ts';

/**
 * Splits a file into lines the way cloc's `read_file` does: every line keeps its "\n" (one is
 * added to a last line that lacks it), a byte-order mark is dropped from the first line, and one
 * "\r" before each "\n" is removed.
 */
export function physicalLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const content = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    // Perl tests the last line for truth before adding the "\n": a final "0" stays without one.
    const last = newline === -1 && end - start === 1 && text.charAt(start) === '0';
    lines.push({ text: last ? content : `${content}\n`, origin: lines.length });
    start = end + 1;
  }
  const first = lines[0];
  if (first !== undefined) lines[0] = { text: withoutByteOrderMark(first.text), origin: 0 };
  return lines;
}

/**
 * cloc compares the first bytes, printed with `%x`, to a table of marks. UTF-8's is the one that
 * matters (UTF-16 files are binary to cloc); we accept it decoded (U+FEFF) or as Latin-1 bytes.
 * The UTF-7 marks are plain ASCII, so a text that starts with "+/v8" loses those four characters.
 */
function withoutByteOrderMark(line: string): string {
  if (line.startsWith('\uFEFF')) return line.slice(1);
  if (line.startsWith('\u00EF\u00BB\u00BF')) return line.slice(3);
  if (/^\+\/v[89+/]/.test(line)) return line.slice(4);
  return line;
}
