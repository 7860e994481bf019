/**
 * cloc's filters for comments between a start and an end marker, run line by line with an
 * "inside a comment" flag. A line where code precedes the start marker keeps only that code; a
 * line that starts inside a comment keeps what follows the end marker. The HTML and JSP variants
 * drop a line that opens a comment even when code precedes it.
 */
import { perlPattern, quoteMeta, type PerlPattern } from '../perl-regex.ts';
import { isBlank, retext, stringArg, type LineFilter, type SourceLine } from '../filter-step.ts';
import { PerlCaptures } from './perl-captures.ts';

interface Markers {
  /** `s/START.*?END/REPLACEMENT/g` */
  readonly oneLine: PerlPattern;
  /** `/END/` */
  readonly end: PerlPattern;
  /** `s/^.*?END/REPLACEMENT/` */
  readonly throughEnd: PerlPattern;
  /** `/^(.*?)START/` */
  readonly opens: PerlPattern;
  /** `s/^(.*?)START.*$/$1/` */
  readonly codeBeforeStart: PerlPattern;
}

function markers(start: string, end: string): Markers {
  return {
    oneLine: perlPattern(`${start}.*?${end}`, 'g'),
    end: perlPattern(end),
    throughEnd: perlPattern(`^.*?${end}`),
    opens: perlPattern(`^(.*?)${start}`),
    codeBeforeStart: perlPattern(`^(.*?)${start}.*$`),
  };
}

type Replacement = (groups: readonly (string | undefined)[]) => string;
const removed: Replacement = () => '';

interface BetweenOptions {
  readonly replacement: Replacement;
  /** false: a start marker without its end on the same line is left alone. */
  readonly multiline: boolean;
  /** HTML and JSP: drop the line that opens a comment, and keep checking lines inside it. */
  readonly dropOpeningLine: boolean;
}

function removeBetween(lines: readonly SourceLine[], marks: Markers, options: BetweenOptions) {
  const captures = new PerlCaptures();
  const kept: SourceLine[] = [];
  let inComment = false;
  for (const line of lines) {
    let text = line.text;
    if (isBlank(text)) continue;
    text = captures.substitute(marks.oneLine, text, options.replacement);
    if (isBlank(text)) continue;
    if (inComment && captures.test(marks.end, text)) {
      text = captures.substitute(marks.throughEnd, text, options.replacement);
      inComment = false;
    }
    if (inComment && !options.dropOpeningLine) continue;
    if (isBlank(text)) continue;
    if (options.multiline && captures.test(marks.opens, text)) inComment = true;
    if (captures.group1IsBlank()) continue;
    if (inComment && options.dropOpeningLine) continue;
    if (inComment) text = captures.substitute(marks.codeBeforeStart, text, (groups) => groups[0] ?? '');
    kept.push(retext(line, text));
  }
  return kept;
}

const plain: BetweenOptions = { replacement: removed, multiline: true, dropOpeningLine: false };
const markup: BetweenOptions = { replacement: removed, multiline: true, dropOpeningLine: true };

/** `remove_between_general`: literal markers. */
export const removeBetweenGeneral: LineFilter = (lines, args) =>
  removeBetween(lines, markers(quoteMeta(stringArg(args, 0)), quoteMeta(stringArg(args, 1))), plain);

/** `remove_between_regex`: the markers are Perl patterns. */
export const removeBetweenRegex: LineFilter = (lines, args) =>
  removeBetween(lines, markers(stringArg(args, 0), stringArg(args, 1)), plain);

/** `remove_html_comments` */
export const removeHtmlComments: LineFilter = (lines) =>
  removeBetween(lines, markers('<!\\-\\-', '\\-\\->'), markup);

/** `remove_jsp_comments` */
export const removeJspComments: LineFilter = (lines) =>
  removeBetween(lines, markers('<\\%\\-\\-', '\\-\\-\\%>'), markup);

/**
 * `replace_between_regex`: like `remove_between_regex`, but each comment is replaced by a Perl
 * string expression evaluated with the match's groups (`s///ee`), e.g. `"xx"` or `"$1$2$1"`.
 */
export const replaceBetweenRegex: LineFilter = (lines, args) => {
  const multiline = args[4] === undefined ? true : Boolean(Number(args[4]));
  const replacement = perlStringExpression(stringArg(args, 2));
  const options = { replacement, multiline, dropOpeningLine: false };
  return removeBetween(lines, markers(stringArg(args, 0), stringArg(args, 1)), options);
};

/** Evaluates a double-quoted Perl string that interpolates `$1`, `$2`... */
function perlStringExpression(expression: string): Replacement {
  const quoted = /^"(.*)"$/s.exec(expression);
  const template = quoted?.[1] ?? expression;
  return (groups) => template.replace(/\$(\d+)/g, (_, n: string) => groups[Number(n) - 1] ?? '');
}
