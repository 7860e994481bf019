/**
 * Exact line kinds on small inputs whose cloc 1.96 counts were checked by hand with
 * `cloc --by-file`, including cloc's quirks; plus robustness and speed.
 */
import { describe, expect, it } from 'vitest';
import {
  classifyLines,
  countLines,
  isCountableLanguage,
  UnknownLanguageError,
} from '../src/measure/lines/index.ts';
import { LineKind } from '../src/measure/types.ts';

const Blank = LineKind.Blank;
const Comment = LineKind.Comment;
const Code = LineKind.Code;
const kinds = (text: string, language: string) => [...classifyLines(text, language)];

describe('classifyLines', () => {
  it('calls a line with code and a comment code, and traces a block comment to its lines', () => {
    const text = 'const a = 1; // c\n// only comment\n\n/* block\n   still */ code();\n';
    expect(kinds(text, 'TypeScript')).toEqual([Code, Comment, Blank, Comment, Code]);
  });

  it('counts Python docstrings as comments, keeps the #! line as code, drops lines with /*', () => {
    const text = '#!/usr/bin/env python\n"""Doc\n"""\nx = 1  # c\ny = "/*"\n';
    expect(kinds(text, 'Python')).toEqual([Code, Comment, Comment, Code, Comment]);
  });

  it('handles CRLF line endings and a missing final newline', () => {
    expect(kinds('a = 1\r\n\r\n# c\r\n', 'Python')).toEqual([Code, Blank, Comment]);
    expect(kinds('x\n// c', 'TypeScript')).toEqual([Code, Comment]);
    expect(countLines('x\n// c', 'TypeScript')).toEqual({ code: 1, comment: 1, blank: 0 });
  });

  it('has no lines for an empty text and one blank line for a lone newline', () => {
    expect(kinds('', 'TypeScript')).toEqual([]);
    expect(kinds('\n', 'TypeScript')).toEqual([Blank]);
  });

  it('treats only ASCII whitespace as blank, as cloc does on bytes', () => {
    expect(kinds('\t \f\n\u00a0\n', 'TypeScript')).toEqual([Blank, Code]);
  });

  it('drops byte-order marks, including the ASCII UTF-7 one', () => {
    expect(kinds('\uFEFF// c\n', 'TypeScript')).toEqual([Comment]);
    expect(kinds('+/v8\nx\n', 'TypeScript')).toEqual([Blank, Code]);
  });

  it('keeps a blank line after a backslash continuation, as code (C)', () => {
    expect(kinds('#define X \\\n\nint y;\n', 'C')).toEqual([Code, Code, Code]);
  });

  it('drops an HTML line where code precedes an unclosed comment', () => {
    expect(kinds('<p>a</p> <!-- x\ny -->\n<p>b</p>\n', 'HTML')).toEqual([Comment, Comment, Code]);
  });

  it('lets a comment marker inside a string start a comment, as cloc does', () => {
    const text = 'const s = "/*";\nconst t = 1;\nconst u = "*/";\n';
    expect(countLines(text, 'JavaScript')).toEqual({ code: 1, comment: 2, blank: 0 });
  });

  it('refuses a language cloc has no counter for', () => {
    expect(isCountableLanguage('Klingon')).toBe(false);
    expect(() => countLines('x', 'Klingon')).toThrow(UnknownLanguageError);
    try {
      countLines('x', 'Klingon');
    } catch (error) {
      expect(error).toMatchObject({ code: 'UNKNOWN_LANGUAGE', language: 'Klingon' });
    }
  });
});

describe('line counting speed and robustness', () => {
  const medianMillis = (run: () => void, times = 15) => {
    for (let i = 0; i < 5; i += 1) run();
    const samples: number[] = [];
    for (let i = 0; i < times; i += 1) {
      const started = performance.now();
      run();
      samples.push(performance.now() - started);
    }
    return samples.sort((a, b) => a - b)[Math.floor(times / 2)] ?? Infinity;
  };

  it('counts a 2,000-line TypeScript file in well under 5 ms', () => {
    const unit = [
      '/**',
      ' * Adds numbers. "http://example.com" is not a comment.',
      ' */',
      'export function add(a: number, b: number): number {',
      '  const url = "http://example.com"; // trailing',
      '  /* inline */ return a + b;',
      '}',
      '',
    ];
    const text = Array.from({ length: 250 }, () => unit.map((line) => `${line}\n`).join('')).join('');
    expect(countLines(text, 'TypeScript')).toEqual({ code: 1000, comment: 750, blank: 250 });
    expect(medianMillis(() => countLines(text, 'TypeScript'))).toBeLessThan(5);
  });

  it('survives huge single lines without quadratic backtracking', () => {
    const started = performance.now();
    expect(countLines(`var a = [${'"a/*",'.repeat(200_000)}];`, 'JavaScript').code).toBe(1);
    expect(countLines(`String[] a = {${'"a",'.repeat(100_000)}};\n`, 'Java').code).toBe(1);
    expect(countLines(`<p>${'<!-- a -- b '.repeat(50_000)}\n`, 'HTML').comment).toBe(1);
    expect(countLines(`[](${'x'.repeat(50_000)}\n`, 'Markdown').comment).toBe(1);
    expect(countLines(`x = 1 /* ${'y'.repeat(2_000_000)}`, 'C').code).toBe(1);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
