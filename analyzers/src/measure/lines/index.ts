/**
 * Line counting that agrees with cloc 1.96, file by file: `countLines` gives cloc's code,
 * comment and blank numbers, `classifyLines` says which physical line is which.
 */
import type { LineCounts } from '../types.ts';
import { measureLines } from './cloc-line-counter.ts';

export { isCountableLanguage, measureLines, type LineMeasurement } from './cloc-line-counter.ts';
export { UnknownLanguageError } from './unknown-language-error.ts';

/**
 * One LineKind per physical line (a final line without "\n" counts; an empty text has none).
 * `path` matters only for Haskell's literate `.lhs` files and Elm, as in cloc.
 */
export function classifyLines(text: string, language: string, path = ''): Uint8Array {
  return measureLines(text, language, path).kinds;
}

export function countLines(text: string, language: string, path = ''): LineCounts {
  return measureLines(text, language, path).counts;
}
