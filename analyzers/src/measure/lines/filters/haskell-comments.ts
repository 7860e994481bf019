/**
 * cloc's `remove_haskell_comments` (from SLOCCount): `--` and `{- -}` comments, pragmas `{-#`
 * kept as code, Elm's nested comments counted by depth, literate `.lhs` files (bird tracks or
 * `\begin{code}` blocks) reduced to their code first. Used for Haskell, Elm, Agda, Idris, dhall.
 */
import { retext, type LineFilter, type SourceLine } from '../filter-step.ts';

type Literate = 'no' | 'bird' | 'latex';

function literateStyle(lines: readonly SourceLine[], path: string): Literate {
  if (!path.endsWith('.lhs')) return 'no';
  for (const line of lines) {
    if (line.text.startsWith('\\begin{code}')) return 'latex';
    if (/^>[\t\n\f\r \x0B]/.test(line.text)) return 'bird';
  }
  return 'no';
}

/** A line of a `\\begin{code}` literate file: only lines inside the code blocks are kept. */
function literateLatexLine(text: string, inBlock: boolean): [string, boolean] {
  if (!inBlock) return ['', text.startsWith('\\begin{code}')];
  return text.startsWith('\\end{code}') ? ['', false] : [text, true];
}

export const removeHaskellComments: LineFilter = (lines, _args, { path }) => {
  const literate = literateStyle(lines, path);
  const isElm = path.endsWith('.elm');
  const kept: SourceLine[] = [];
  let inBlock = false;
  let depth = 0;
  for (const line of lines) {
    let text = line.text.endsWith('\n') ? line.text.slice(0, -1) : line.text;
    if (literate === 'bird') text = text.startsWith('>') ? text.slice(1) : '';
    else if (literate === 'latex') [text, inBlock] = literateLatexLine(text, inBlock);
    if (/^[\t\n\f\r \x0B]*\{-#/.test(text)) {
      kept.push(retext(line, text));
      continue;
    }
    const opened = text.split('{-').length - 1;
    const closed = text.split('-}').length - 1;
    text = text.replace(/\{-[^\n]*?-\}/g, '');
    if (depth !== 0) {
      if (text.includes('-}')) {
        text = text.replace(/^[^\n]*?-\}/, '');
        depth = isElm ? depth + opened - closed : 0;
      } else text = '';
    } else {
      text = text.replace(/--[^\n]*/, '');
      if (text.includes('{-') && !text.includes('{-#')) {
        text = text.replace(/\{-[^\n]*/, '');
        depth = isElm ? depth + opened - closed : 1;
      }
    }
    if (/[^\t\n\f\r \x0B]/.test(text)) kept.push(retext(line, text));
  }
  return kept;
};
