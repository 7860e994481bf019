/**
 * Counts a file's lines as cloc 1.96 does (`call_counter`): drop blank lines, run the language's
 * comment filters in order (dropping lines they leave blank), and call what survives code. The
 * rest are comments: a line holding both code and a comment is code. Each surviving line is
 * traced back to the physical line it came from, so that every physical line gets a kind.
 */
import { LineKind, type LineCounts } from '../types.ts';
import { languageByInterpreter } from '../language/cloc-language-tables.ts';
import { continuationPattern, withoutBlankLines, withoutBlankPhysicalLines } from './blank-lines.ts';
import { filtersByLanguage } from './cloc-filter-tables.ts';
import type { FilterContext, FilterStep, SourceLine } from './filter-step.ts';
import { filterByName } from './filters/registry.ts';
import { physicalLines } from './physical-lines.ts';
import { UnknownLanguageError } from './unknown-language-error.ts';

export interface LineMeasurement {
  /** One LineKind per physical line. */
  readonly kinds: Uint8Array;
  readonly counts: LineCounts;
}

/** Languages whose `#!` first line cloc counts as code even when a filter removed it. */
const scriptLanguages: ReadonlySet<string> = new Set(languageByInterpreter.values());

export function isCountableLanguage(language: string): boolean {
  return filtersByLanguage.has(language);
}

export function measureLines(text: string, language: string, path = ''): LineMeasurement {
  const steps = filtersByLanguage.get(language);
  if (steps === undefined) throw new UnknownLanguageError(language);
  const physical = physicalLines(text);
  const continuation = continuationPattern(language);
  const nonBlank = withoutBlankPhysicalLines(physical, language, continuation);
  const code = nonBlank.length === 0 ? [] : codeLines(nonBlank, language, steps, continuation, { path });
  const kinds = new Uint8Array(physical.length);
  for (const line of nonBlank) kinds[line.origin] = LineKind.Comment;
  for (const line of code) kinds[line.origin] = LineKind.Code;
  const blank = physical.length - nonBlank.length;
  return {
    kinds,
    counts: { code: code.length, comment: nonBlank.length - code.length, blank },
  };
}

function codeLines(
  nonBlank: readonly SourceLine[],
  language: string,
  steps: readonly FilterStep[],
  continuation: RegExp | undefined,
  context: FilterContext,
): SourceLine[] {
  let lines: SourceLine[] = [...nonBlank];
  for (const [name, ...args] of steps) {
    // Both are off in a default cloc run; on lines already free of blanks they change nothing.
    if (name === 'remove_inline' || name === 'rm_comments_in_strings') continue;
    lines = withoutBlankLines(filterByName[name](lines, args, context), continuation);
  }
  const first = nonBlank[0];
  if (first !== undefined && scriptLanguages.has(language) && first.text.startsWith('#!')) {
    const survivor = lines[0];
    if (survivor === undefined || chomp(survivor.text) !== chomp(first.text)) lines.unshift(first);
  }
  return lines;
}

function chomp(text: string): string {
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}
