import { retext, type LineFilter, type SourceLine } from '../filter-step.ts';

/**
 * cloc's `remove_OCaml_comments`: nested `(* *)` comments, tracked by depth across lines, with
 * double-quoted strings (on one line) protecting their content. Like Perl, a token or a line
 * that is exactly "0" counts as empty.
 */
export const removeOcamlComments: LineFilter = (lines) => {
  const kept: SourceLine[] = [];
  let depth = 0;
  for (const line of lines) {
    if (/^[\t\n\f\r \x0B]*$/.test(line.text)) continue;
    let clean = '';
    for (const token of line.text.split(/(\(\*|\*\)|"[^\n]*?")/)) {
      if (token === '' || token === '0') continue;
      if (token === '(*') depth += 1;
      else if (token === '*)') depth -= 1;
      else if (depth === 0) clean += token;
    }
    if (clean !== '' && clean !== '0') kept.push(retext(line, clean));
  }
  return kept;
};
