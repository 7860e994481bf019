/** cloc's blank-line removal, run once on the file and again after each comment filter. */
import { perlRegex } from './perl-regex.ts';
import { isBlank, type SourceLine } from './filter-step.ts';
import { lineContinuationByLanguage } from './cloc-filter-tables.ts';
import { removeCobolBlanks } from './filters/fixed-form.ts';

// X++ also treats a lone `#` as blank.
const blankXpp = perlRegex('^\\s*#?\\s*$', 'i');
const isBlankXpp = (text: string) => blankXpp.test(text);

/** The pattern of a line that continues on the next one, for languages that have one. */
export function continuationPattern(language: string): RegExp | undefined {
  const source = lineContinuationByLanguage.get(language);
  return source === undefined ? undefined : perlRegex(source, 'i');
}

/**
 * Removes blank lines, except (for languages with line continuations) a blank line right after
 * a line that ends with a continuation: cloc keeps that one, and later counts it as code.
 */
export function withoutBlankLines(
  lines: readonly SourceLine[],
  continuation: RegExp | undefined,
  blank: (text: string) => boolean = isBlank,
): SourceLine[] {
  const kept: SourceLine[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (line === undefined) continue;
    if (!blank(line.text)) kept.push(line);
    else if (continuation !== undefined && index > 0) {
      const previous = lines[index - 1];
      if (previous !== undefined && continuation.test(previous.text)) kept.push(line);
    }
  }
  return kept;
}

/** The first pass, with the language's own notion of blank. */
export function withoutBlankPhysicalLines(
  lines: readonly SourceLine[],
  language: string,
  continuation: RegExp | undefined,
): SourceLine[] {
  if (language === 'COBOL') return removeCobolBlanks(lines);
  return withoutBlankLines(lines, continuation, language === 'X++' ? isBlankXpp : isBlank);
}
