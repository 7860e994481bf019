import { readFileSync } from 'node:fs';
import { measureWithTreeSitter } from '../../../src/measure/complexity/tree-sitter/index.ts';
import type { ComplexityResult } from '../../../src/measure/types.ts';

/** One expected function: name, kind, start line, parameters, cyclomatic, cognitive. */
export type Expected = [name: string, kind: string, line: number, params: number, ccn: number, cog: number];

export function readCorpus(file: string): string {
  return readFileSync(new URL(file, import.meta.url), 'utf8');
}

/** Measures a corpus file and returns its functions in the shape of `Expected`. */
export function measureCorpus(language: string, file: string): ComplexityResult & { rows: Expected[] } {
  const result = measureWithTreeSitter(readCorpus(file), language);
  const rows = result.functions.map((f): Expected => [
    f.name,
    f.kind,
    f.startLine,
    f.params,
    f.cyclomatic,
    f.cognitive,
  ]);
  return { ...result, rows };
}
