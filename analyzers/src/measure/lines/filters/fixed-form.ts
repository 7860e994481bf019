/** cloc's filters for column-oriented languages (Fortran, COBOL, JCL) and Brainfuck. */
import { expandTabs } from './indented-blocks.ts';
import { isBlank, retext, type LineFilter, type SourceLine } from '../filter-step.ts';

/** `remove_f77_comments`: `C`, `c` or `*` in column 1, or `!` after blanks. */
export const removeF77Comments: LineFilter = (lines) =>
  lines.filter((line) => !/^[*cC]/.test(line.text) && !/^[\t\n\f\r \x0B]*!/.test(line.text));

/** `remove_f90_comments`: `!` comments, except HPF and OpenMP directives. */
export const removeF90Comments: LineFilter = (lines) =>
  lines.filter(
    (line) =>
      !/^(?:[\t\n\f\r \x0B]*!|[\t\n\f\r \x0B]*$)/.test(line.text) ||
      /^[\t\n\f\r \x0B]*!(?:hpf|omp)\$/i.test(line.text),
  );

const freeFormat = /^[^\n]{6}\$[^\n]*SET[^\n]*SOURCEFORMAT[^\n]*FREE/i;

/** `remove_cobol_comments`: `*` in column 7 (or 1), or after blanks once free format is set. */
export const removeCobolComments: LineFilter = (lines) => {
  let free = false;
  return lines.filter((line) => {
    if (freeFormat.test(line.text)) free = true;
    if (free) return !/^[\t\n\f\r \x0B]*\*/.test(line.text);
    return !/^[^\n]{6}\*/.test(line.text) && !line.text.startsWith('*');
  });
};

/** `remove_cobol_blanks`: COBOL's own notion of a blank line (sequence numbers only, page ejects). */
export function removeCobolBlanks(lines: readonly SourceLine[]): SourceLine[] {
  let free = false;
  return lines.filter((line) => {
    if (isBlank(line.text)) return false;
    const expanded = expandTabs(line.text);
    if (freeFormat.test(expanded)) free = true;
    if (free) return true;
    return !(
      /^\d{6}[\t\n\f\r \x0B]*(?=\n?$)/.test(line.text) ||
      /^[^\n]{6}[\t\n\f\r \x0B]{66}/.test(expanded) ||
      /^[^\n]{6}\//.test(expanded)
    );
  });
}

/** `remove_jcl_comments`: `//*` lines; a lone `//` ends the job and everything after it. */
export const removeJclComments: LineFilter = (lines) => {
  const kept: SourceLine[] = [];
  for (const line of lines) {
    if (isBlank(line.text) || line.text.startsWith('//*')) continue;
    if (/^[\t\n\f\r \x0B]*\/\/[\t\n\f\r \x0B]*$/.test(line.text)) break;
    kept.push(line);
  }
  return kept;
};

/** `remove_bf_comments`: anything but the eight Brainfuck commands is a comment. */
export const removeBrainfuckComments: LineFilter = (lines) =>
  lines
    .map((line) => retext(line, line.text.replace(/[^<>+-.,[\]]+/g, '')))
    .filter((line) => !isBlank(line.text));
