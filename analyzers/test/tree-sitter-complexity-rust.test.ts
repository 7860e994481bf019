import { describe, expect, it } from 'vitest';
import { measureCorpus, type Expected } from './corpus/tree-sitter/measure-corpus.ts';

// Cyclomatic: 1 + lizard's Rust tokens if for while match where && || ? — `match` once however many
// arms, a fn's `where` clause, each `?` operator; also inside macro token trees, as lizard reads
// tokens. Closures belong to their fn; a nested fn is its own.
// Cognitive: Campbell's rules; match is a switch, loop a loop, closures nest; `?`, guards and
// let-else are free.
const expected: Expected[] = [
  ['Cache.new', 'method', 18, 1, 1, 0],
  // if let 1, else 1.
  ['Cache.get', 'method', 22, 3, 2, 2],
  // where, if, &&, ?. Cognitive: if 1, && 1 (the closures hold nothing).
  ['Cache.insert', 'method', 31, 4, 5, 2],
  // The closure's if and ||. Cognitive: if in the closure 1 + 1, || 1, else 1.
  ['Cache.evict_older_than', 'method', 48, 2, 3, 4],
  // `impl Display for CacheError`: named by the implementing type. match 1 and a guard's if 1.
  ['CacheError.fmt', 'method', 62, 2, 3, 1],
  // `fn keys(&self)` has no body. CCN: for, match, guard if. Cognitive: for 1, loop 2, match 3,
  // continue 'outer 1, break 'outer 1.
  ['Warm.warm', 'method', 74, 2, 4, 8],
  // for, the closure's &&, and the `||` inside assert!. Cognitive: for 1, && 1.
  ['parse_pairs', 'function', 94, 1, 4, 2],
  // Two `?`.
  ['parse_pairs/parse_one', 'function', 95, 1, 3, 0],
  // if 1, else 1, recursion 1.
  ['gcd', 'function', 111, 2, 2, 3],
];

describe('tree-sitter complexity: Rust', () => {
  const result = measureCorpus('Rust', 'cache.rs');

  it('reports fns and methods with lizard cyclomatic and Campbell cognitive', () => {
    expect(result.hasSyntaxErrors).toBe(false);
    expect(result.rows).toEqual(expected);
  });
});
