/**
 * cloc's filters that rewrite a language's own comment markers into C block-comment markers, so that the C
 * comment pattern run afterwards removes them. They edit lines in place and drop none.
 */
import { retext, type LineFilter, type SourceLine } from '../filter-step.ts';

function rewriteEach(lines: readonly SourceLine[], rewrite: (text: string) => string): SourceLine[] {
  return lines.map((line) => retext(line, rewrite(line.text)));
}

/**
 * `docstring_to_C`: each `"""` or `'''` alternately opens and closes a comment, wherever it is,
 * so a triple-quoted string assigned to a variable is a comment too (a known cloc quirk).
 */
export const docstringToC: LineFilter = (lines) => {
  let inDocstring = false;
  return rewriteEach(lines, (text) => {
    let rewritten = text;
    while (/"""|'''/.test(rewritten)) {
      rewritten = inDocstring
        ? rewritten.replace(/"""|'''/, '*/')
        : rewritten.replace(/[uU]?(?:"""|''')/, '/*');
      inDocstring = !inDocstring;
    }
    return rewritten;
  });
};

/** `elixir_doc_to_C`: `@doc """` / `@moduledoc ~S'''` ... up to the next triple quote. */
export const elixirDocToC: LineFilter = (lines) => {
  let inDoc = false;
  return rewriteEach(lines, (text) => {
    const opening = inDoc ? null : /@(?:module)?doc[\t\n\f\r \x0B]+(?:~[sScC])?['"]{3}/.exec(text);
    if (opening) {
      inDoc = true;
      return text.replace(opening[0], '/*');
    }
    const closing = inDoc ? /['"]{3}/.exec(text) : null;
    if (closing) {
      inDoc = false;
      return text.replace(closing[0], '*/');
    }
    return text;
  });
};

/** `powershell_to_C`: `<#` and `#>`. */
export const powershellToC: LineFilter = (lines) =>
  rewriteEach(lines, (text) => text.replaceAll('<#', '/*').replaceAll('#>', '*/'));

/** `smarty_to_C`: `{*` and `*}`. */
export const smartyToC: LineFilter = (lines) =>
  rewriteEach(lines, (text) => text.replaceAll('{*', '/*').replaceAll('*}', '*/'));

const ws = '[\\t\\n\\f\\r \\x0B]';
const inlineParen = new RegExp(`${ws}\\(${ws}[^\\n]*?\\)`);
const inlineParens = new RegExp(`${ws}+\\(${ws}+[^\\n]*?\\)`, 'g');
const openParen = new RegExp(`${ws}\\(${ws}`);
const openParenRun = new RegExp(`${ws}+\\(${ws}+`);

/** `Forth_paren_to_C`: Forth's `( comment )`, which needs blanks around the `(`. */
export const forthParenToC: LineFilter = (lines) => {
  let inComment = false;
  return rewriteEach(lines, (text) => {
    let rewritten = text;
    let unmatched = 0;
    while (openParen.test(rewritten) || (inComment && rewritten.includes(')'))) {
      if (inlineParen.test(rewritten)) {
        rewritten = rewritten.replace(inlineParens, '');
      } else if (!inComment && openParen.test(rewritten)) {
        rewritten = rewritten.replace(openParenRun, '/*');
        inComment = true;
      } else if (inComment && rewritten.includes(')')) {
        rewritten = rewritten.replace(')', '*/');
        inComment = false;
      } else if (++unmatched > 255) {
        break;
      }
    }
    return rewritten;
  });
};
