/** cloc's filters for files that hold code among prose: Jupyter notebooks and R Markdown. */
import type { LineFilter, SourceLine } from '../filter-step.ts';
import { perlRegex } from '../perl-regex.ts';

const codeCell = perlRegex('^\\s*"cell_type":\\s*"code",\\s*$');
const sourceArray = perlRegex('^\\s*"source":\\s*\\[\\s*$');
const emptySourceLine = perlRegex('^\\s*"\\s*\\\\n",\\s*$');
const commentSourceLine = perlRegex('^\\s*"\\s*#');
const arrayEnd = perlRegex('^\\s*\\]\\s*$');

/** `jupyter_nb`: the lines of the `source` arrays of code cells, minus `#` comments and "\n"s. */
export const jupyterNotebook: LineFilter = (lines) => {
  const kept: SourceLine[] = [];
  let inCode = false;
  let inSource = false;
  for (const line of lines) {
    const text = line.text;
    if (!inCode && !inSource && codeCell.test(text)) inCode = true;
    else if (inCode && !inSource && sourceArray.test(text)) inSource = true;
    else if (inCode && inSource) {
      if (emptySourceLine.test(text) || commentSourceLine.test(text)) continue;
      if (arrayEnd.test(text)) {
        inCode = false;
        inSource = false;
      } else kept.push(line);
    }
  }
  return kept;
};

/** `reduce_to_rmd_code_blocks`: only the lines inside ```{r ...} fences. */
export const rMarkdownCodeBlocks: LineFilter = (lines) => {
  const kept: SourceLine[] = [];
  let inBlock = false;
  for (const line of lines) {
    if (/^```\{[\t\n\f\r \x0B]*[A-Za-z]/.test(line.text)) {
      inBlock = true;
      continue;
    }
    if (/^```[\t\n\f\r \x0B]*$/.test(line.text)) inBlock = false;
    if (inBlock) kept.push(line);
  }
  return kept;
};
