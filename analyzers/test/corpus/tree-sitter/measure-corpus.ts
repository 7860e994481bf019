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

/**
 * The best of a few timed runs over the corpus repeated to 2,000+ lines (parse included), after
 * one warm-up run. `header` goes first once (PHP's `<?php`).
 */
export function timeLargeFile(language: string, file: string, header = ''): number {
  const body = readCorpus(file).slice(header.length);
  const copies = Math.ceil(2000 / body.split('\n').length);
  const source = header + body.repeat(copies);
  measureWithTreeSitter(source, language);
  let best = Infinity;
  for (let run = 0; run < 5; run += 1) {
    const start = performance.now();
    measureWithTreeSitter(source, language);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
