import { describe, expect, it } from 'vitest';
import { measureWithTreeSitter } from '../src/measure/complexity/tree-sitter/index.ts';
import { measureCorpus, type Expected } from './corpus/tree-sitter/measure-corpus.ts';

// Cyclomatic: 1 + lizard's Python tokens (if elif for while except finally and or case), wherever
// they appear: comprehensions, conditional expressions, lambdas (which are not functions to lizard).
// Cognitive: Campbell's rules; comprehension clauses are free, lambdas nest, a nested def is its own.
const expected: Expected[] = [
  ['retry', 'function', 7, 2, 1, 0],
  ['retry/decorate', 'function', 8, 1, 1, 0],
  // for, except, if. Cognitive: for 1 + except (nesting 1) 2 + if inside it (nesting 2) 3.
  ['retry/decorate/wrapper', 'function', 10, 2, 4, 6],
  // self, sku, quantity, reserved: the bare `*` is not a parameter. The conditional's `if` counts.
  ['Item.__init__', 'constructor', 26, 4, 2, 1],
  ['Item.available', 'method', 32, 1, 1, 0],
  // Comprehension `for` and `if` and the `or`: CCN 4. Only the `or` is cognitive (+1).
  ['Inventory.__init__', 'constructor', 37, 2, 4, 1],
  // `/` and `*` are markers, not parameters. CCN: if, if, elif, and, or. Cognitive: if 1, nested if
  // 2, elif 1, `and ... or` two runs 2, else 1.
  ['Inventory.restock', 'method', 41, 4, 6, 7],
  // Generator for/if/and, and the lambda's conditional `if`: CCN 5. Cognitive: `and` 1, and the
  // conditional inside the lambda, which nests: 1 + 1.
  ['Inventory.low_stock', 'method', 53, 2, 5, 3],
  // Four `case`s and a guard's `if`: CCN 6. The match is one structure: cognitive 1.
  ['Inventory.describe', 'method', 59, 2, 6, 1],
  // while 1, if inside 2; the loop's `else` is free.
  ['Inventory.drain', 'method', 70, 2, 3, 3],
  // for, except, except, if, finally, if: CCN 7 (lizard counts `finally`). Cognitive: try is free
  // and does not nest, so for 1, except 1, except 1, if in except 2, if in finally 1.
  ['Inventory.export', 'method', 79, 2, 7, 6],
  // if, generator for. Cognitive: if 1, recursion 1.
  ['count_nodes', 'function', 98, 1, 3, 2],
  // async for, if, or. Cognitive: for 1, if 2, or 1.
  ['fetch_all', 'function', 104, 2, 4, 4],
];

describe('tree-sitter complexity: Python', () => {
  const result = measureCorpus('Python', 'inventory.py');

  it('reports each def with lizard cyclomatic and Campbell cognitive complexity', () => {
    expect(result.hasSyntaxErrors).toBe(false);
    expect(result.rows).toEqual(expected);
  });

  it('places functions at the def, not the decorator', () => {
    const restock = result.functions.find((f) => f.name === 'Inventory.restock');
    expect(restock).toMatchObject({ startLine: 41, startColumn: 5, endLine: 51 });
  });

  it('measures what a broken file still parses', () => {
    const source =
      'def ok(a):\n    if a:\n        return 1\n\ndef broken(:\n    pass\n\ndef after(b):\n    while b: pass\n';
    const result = measureWithTreeSitter(source, 'Python');
    expect(result.hasSyntaxErrors).toBe(true);
    expect(result.functions.map((f) => [f.name, f.cyclomatic])).toEqual([
      ['ok', 2],
      ['broken', 1],
      ['after', 2],
    ]);
  });

  it('walks expressions nested thousands deep without overflowing the stack', () => {
    const source = `def total(x):\n    return ${Array(20_000).fill('x').join(' + ')} or x\n`;
    const [total] = measureWithTreeSitter(source, 'Python').functions;
    expect(total).toMatchObject({ name: 'total', cyclomatic: 2, cognitive: 1 });
  });

  it('returns nothing for languages it does not know', () => {
    expect(measureWithTreeSitter('def f(): pass', 'Haskell')).toEqual({
      functions: [],
      hasSyntaxErrors: false,
    });
  });
});
