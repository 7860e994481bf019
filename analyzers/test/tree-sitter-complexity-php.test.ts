import { describe, expect, it } from 'vitest';
import { measureCorpus, type Expected } from './corpus/tree-sitter/measure-corpus.ts';

// Cyclomatic: 1 + lizard's PHP tokens if elseif for foreach while catch match case && || and a
// ternary's `?` — not `??`, `?->`, `?:`, `?Type`, nor the words and/or; `match` once, not per arm.
// lizard finds `function` only outside function bodies: closures, arrow functions and functions
// declared inside a function belong to it; a closure at file level is its own.
// Cognitive: Campbell's rules; `else if` is an else-if; `continue 2` is a jump; closures nest.
const expected: Expected[] = [
  // Interface and abstract methods have no body and are not reported.
  ['BaseRepository.__construct', 'constructor', 17, 2, 1, 0],
  ['UserRepository.table', 'method', 28, 0, 1, 0],
  // `??` is free; the ternary counts.
  ['UserRepository.find', 'method', 33, 1, 2, 1],
  // CCN: foreach, if, elseif, &&, `else if`, ||, the arrow function's && (not `?:`). Cognitive:
  // foreach 1, if 2, elseif 1, && 1, else if 1, || 1, else 1, `?:` 1, && in the arrow function 1.
  ['UserRepository.search', 'method', 39, 3, 8, 10],
  ['UserRepository.roleLabel', 'method', 58, 1, 2, 1],
  ['UserRepository.legacyStatus', 'method', 67, 1, 4, 1],
  // while, catch, if. Cognitive: while 1, catch 2, if 3.
  ['UserRepository.save', 'method', 80, 1, 4, 6],
  // The closure's foreach. Cognitive: foreach inside the closure 1 + 1.
  ['UserRepository.walk', 'method', 101, 1, 2, 2],
  // Ternary 1, recursion through static:: 1.
  ['UserRepository.depth', 'method', 111, 1, 2, 2],
  // The anonymous class's method belongs to this one, as in lizard: its && (the `?array` type is
  // not a decision). Cognitive: && inside the nested method 1.
  ['UserRepository.rowFilter', 'method', 116, 0, 2, 1],
  // for, for, if (`and` is not a lizard token). Cognitive: for 1, for 2, if 3, and 1, continue 2 1.
  ['legacy_helper', 'function', 127, 2, 4, 8],
  ['<anonymous@140>', 'closure', 140, 1, 1, 0],
];

describe('tree-sitter complexity: PHP', () => {
  const result = measureCorpus('PHP', 'UserRepository.php');

  it('reports functions, methods and closures with lizard cyclomatic and Campbell cognitive', () => {
    expect(result.hasSyntaxErrors).toBe(false);
    expect(result.rows).toEqual(expected);
  });
});
