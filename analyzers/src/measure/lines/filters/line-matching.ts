/**
 * cloc's filters that keep or drop whole lines by a pattern, or edit a line in place without
 * looking at its neighbours.
 */
import { perlPattern, perlRegex } from '../perl-regex.ts';
import { isBlank, retext, stringArg, type LineFilter, type SourceLine } from '../filter-step.ts';

/** `remove_matches`: drops every line the pattern matches (cloc matches case-insensitively). */
export const removeMatches: LineFilter = (lines, args) => {
  const pattern = perlRegex(stringArg(args, 0), 'i');
  return lines.filter((line) => !pattern.test(line.text));
};

/** `remove_above`: drops the lines before the first match, if there is one. */
export const removeAbove: LineFilter = (lines, args) => {
  const marker = perlRegex(stringArg(args, 0));
  const found = lines.findIndex((line) => marker.test(line.text));
  return found === -1 ? [...lines] : lines.slice(found);
};

/** `remove_below`: drops the first match and everything after it (Perl's `__END__`). */
export const removeBelow: LineFilter = (lines, args) => {
  const marker = perlRegex(stringArg(args, 0));
  const found = lines.findIndex((line) => marker.test(line.text));
  return found === -1 ? [...lines] : lines.slice(0, found);
};

/** `remove_below_above`: drops blocks from a start marker line to an end marker line (POD). */
export const removeBelowAbove: LineFilter = (lines, args) => {
  const start = perlRegex(stringArg(args, 0));
  const end = perlRegex(stringArg(args, 1));
  const kept: SourceLine[] = [];
  let inside = false;
  for (const line of lines) {
    if (!inside && start.test(line.text)) inside = true;
    else if (inside && end.test(line.text)) inside = false;
    else if (!inside) kept.push(line);
  }
  return kept;
};

/** `rm_last_line`. */
export const removeLastLine: LineFilter = (lines) => lines.slice(0, -1);

/** `add_newlines`: appends "\n" to every line, even to one that has it already. */
export const addNewlines: LineFilter = (lines) => lines.map((line) => retext(line, `${line.text}\n`));

/** `replace_regex`: a global substitution per line; lines blank before or after are dropped. */
export const replaceRegex: LineFilter = (lines, args) => {
  const { regex } = perlPattern(stringArg(args, 0), 'g');
  const replacement = stringArg(args, 1);
  const kept: SourceLine[] = [];
  for (const line of lines) {
    if (isBlank(line.text)) continue;
    const text = line.text.replace(regex, () => replacement);
    if (!isBlank(text)) kept.push(retext(line, text));
  }
  return kept;
};

/** Filters that are switched off by default in cloc (`--inline`, `--strip-str-comments`). */
export const keepAll: LineFilter = (lines) => [...lines];
