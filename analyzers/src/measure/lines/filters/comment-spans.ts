/**
 * Where Regexp::Common's comment patterns (the ones cloc passes to `call_regexp_common`) match in
 * a text, scanning left to right without overlap as Perl's `s/$RE//g` does. Hand-written scanners
 * rather than the patterns themselves: the patterns backtrack exponentially on an unclosed `/*`.
 *
 *   C          /\*  ...  *\/   (the body cannot contain "*\/")
 *   C++        // ... "\n"  or a C comment; a `//` with no "\n" after it is not a comment
 *   PL/SQL     -- ... "\n"  or a C comment
 *   HTML       <!  then any number of  -- ... --  each followed by optional blanks, then  >
 *   Pascal     {  or  (*   up to the first  }  or  *)
 *   Smalltalk  " ... "
 */
import type { Span } from './joined-text.ts';

export type { Span };

export function commentSpans(text: string, flavor: string): Span[] {
  switch (flavor) {
    case 'C':
      return lineOrBlockSpans(text, null);
    case 'C++':
      return lineOrBlockSpans(text, '//');
    case 'PL/SQL':
      return lineOrBlockSpans(text, '--');
    case 'HTML':
      return scan(text, /<!/g, htmlCommentEnd);
    case 'Pascal':
      return scan(text, /\{|\(\*/g, pascalCommentEnd);
    case 'Smalltalk':
      return scan(text, /"/g, (at) => closing(text, '"', at + 1));
    default:
      return [];
  }
}

function closing(text: string, marker: string, from: number): number {
  const at = text.indexOf(marker, from);
  return at === -1 ? -1 : at + marker.length;
}

/** Runs `endAt` at each candidate start; a start without an end is skipped, as a failed match. */
function scan(text: string, starts: RegExp, endAt: (start: number, text: string) => number): Span[] {
  const spans: Span[] = [];
  starts.lastIndex = 0;
  for (let found = starts.exec(text); found !== null; found = starts.exec(text)) {
    const end = endAt(found.index, text);
    if (end === -1) starts.lastIndex = found.index + 1;
    else {
      spans.push([found.index, end]);
      starts.lastIndex = end;
    }
  }
  return spans;
}

function lineOrBlockSpans(text: string, lineMarker: string | null): Span[] {
  const spans: Span[] = [];
  let blockPossible = true;
  let at = 0;
  while (at < text.length) {
    const line = lineMarker === null ? -1 : text.indexOf(lineMarker, at);
    const block = blockPossible ? text.indexOf('/*', at) : -1;
    const start = line === -1 ? block : block === -1 ? line : Math.min(line, block);
    if (start === -1) break;
    const end = start === line ? closing(text, '\n', start + 2) : closing(text, '*/', start + 2);
    if (end === -1 && start === block) blockPossible = false; // no "*/" anywhere further on
    if (end === -1) at = start + 1;
    else {
      spans.push([start, end]);
      at = end;
    }
  }
  return spans;
}

const blank = /[\t\n\f\r \x0B]*/y;

function htmlCommentEnd(start: number, text: string): number {
  let at = start + 2;
  while (text.startsWith('--', at)) {
    const close = text.indexOf('--', at + 2);
    if (close === -1) return -1;
    blank.lastIndex = close + 2;
    blank.test(text);
    at = blank.lastIndex;
  }
  return text.charAt(at) === '>' ? at + 1 : -1;
}

function pascalCommentEnd(start: number, text: string): number {
  const from = start + (text.charAt(start) === '{' ? 1 : 2);
  const brace = closing(text, '}', from);
  const star = closing(text, '*)', from);
  if (brace === -1) return star;
  return star === -1 ? brace : Math.min(brace, star);
}
