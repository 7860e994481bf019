import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureEcmascript } from '../src/measure/complexity/ecmascript/index.ts';
import type { FunctionMetrics } from '../src/measure/types.ts';
import { referenceUnits } from './support/eslint-complexity-reference.ts';

/**
 * The acceptance test of the ECMAScript analyzer: for every unit of every corpus file, the start
 * position (of the node ESLint's code path starts at), end line, parameter count, cyclomatic and
 * cognitive complexity equal what ESLint's `complexity` (classic) and sonarjs's `cognitive-complexity`
 * report. See support/eslint-complexity-reference.ts for how the reports are joined to units.
 */
const corpusDir = join(import.meta.dirname, 'corpus', 'ecmascript');
const corpus = readdirSync(corpusDir).sort();

const languageByExtension = new Map([
  ['.ts', 'TypeScript'],
  ['.tsx', 'TypeScript'],
  ['.js', 'JavaScript'],
  ['.mjs', 'JavaScript'],
  ['.cjs', 'JavaScript'],
  ['.jsx', 'JSX'],
]);

function measure(file: string) {
  const source = readFileSync(join(corpusDir, file), 'utf8');
  const language = languageByExtension.get(extname(file)) ?? 'unknown';
  return { source, result: measureEcmascript(source, language, file) };
}

function comparable({ startLine, startColumn, endLine, params, cyclomatic, cognitive }: FunctionMetrics) {
  return { startLine, startColumn, endLine, params, cyclomatic, cognitive };
}

describe('ECMAScript complexity equals ESLint complexity and sonarjs cognitive-complexity', () => {
  it.each(corpus)('%s', (file) => {
    const { source, result } = measure(file);
    expect(result.hasSyntaxErrors).toBe(false);
    expect(result.functions.map(comparable)).toEqual(referenceUnits(source, file));
  });

  it.each(corpus)('%s with a byte-order mark and CRLF line ends', (file) => {
    const source = `\uFEFF${readFileSync(join(corpusDir, file), 'utf8').replace(/\n/g, '\r\n')}`;
    const language = languageByExtension.get(extname(file)) ?? 'unknown';
    const ours = measureEcmascript(source, language, file).functions.map(comparable);
    expect(ours).toEqual(referenceUnits(source, file));
  });

  it('covers at least 300 units across .ts, .tsx, .js, .jsx and .mjs files', () => {
    const units = corpus.reduce((sum, file) => sum + measure(file).result.functions.length, 0);
    expect(units).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.map((file) => extname(file)))).toEqual(
      new Set(['.ts', '.tsx', '.js', '.jsx', '.mjs']),
    );
  });
});
