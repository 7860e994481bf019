import type { ComplexityResult } from '../types.ts';
import { measureEcmascript } from './ecmascript/index.ts';
import { measureWithTreeSitter, supportedLanguages } from './tree-sitter/index.ts';

type Analyze = (source: string, language: string, path: string) => ComplexityResult;

const ecmascriptLanguages = new Set(['TypeScript', 'JavaScript', 'JSX']);

/** The complexity analyzer for a language (cloc's name), or null when there is none. */
export function analyzerForLanguage(language: string): Analyze | null {
  if (ecmascriptLanguages.has(language)) return measureEcmascript;
  if (supportedLanguages.has(language)) return measureWithTreeSitter;
  return null;
}
