/**
 * cloc's `remove_intented_block` (sic) for Haml, Pug and Slim: a comment marker line starts a
 * block that lasts while the following lines are indented deeper than the marker.
 */
import { perlRegex } from '../perl-regex.ts';
import { isBlank, retext, type LineFilter, type SourceLine } from '../filter-step.ts';

function removeIndentedBlock(lines: readonly SourceLine[], marker: RegExp): SourceLine[] {
  const kept: SourceLine[] = [];
  let commentIndent = 0;
  for (const line of lines) {
    if (isBlank(line.text)) continue;
    const expanded = expandTabs(line.text);
    if (commentIndent > 0) {
      const indent = /^[\t\n\f\r \x0B]*/.exec(expanded)?.[0].length ?? 0;
      if (indent >= commentIndent) continue;
      commentIndent = 0;
    } else {
      const match = marker.exec(expanded);
      if (match) {
        commentIndent = (match[1] ?? '').length + 1;
        continue;
      }
    }
    kept.push(retext(line, expanded));
  }
  return kept;
}

/** Perl's Text::Tabs `expand`: tab stops every 8 columns. */
export function expandTabs(text: string): string {
  if (!text.includes('\t')) return text;
  let out = '';
  for (const char of text) {
    if (char === '\n') out = `${out}\n`;
    else if (char === '\t') out += ' '.repeat(8 - ((out.length - out.lastIndexOf('\n') - 1) % 8));
    else out += char;
  }
  return out;
}

export const removeHamlBlock: LineFilter = (lines) =>
  removeIndentedBlock(lines, perlRegex('^(\\s*)(/|-#)\\s*$'));

export const removePugBlock: LineFilter = (lines) =>
  removeIndentedBlock(lines, perlRegex('^(\\s*)(//)\\s*$'));

export const removeSlimBlock: LineFilter = (lines) => removeIndentedBlock(lines, perlRegex('^(\\s*)(/[^!])'));
