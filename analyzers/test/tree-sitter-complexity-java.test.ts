import { describe, expect, it } from 'vitest';
import { measureCorpus, type Expected } from './corpus/tree-sitter/measure-corpus.ts';

// Cyclomatic: 1 + lizard's tokens if for while catch case ?: && || (a generic wildcard's `?` is not
// a ternary; `case A, B ->` is one case; `default` is free). Lambdas belong to their method;
// methods of anonymous and local classes are functions of their own, as in lizard.
// Cognitive: Campbell's rules; the whole switch is one structure; lambdas nest.
const expected: Expected[] = [
  // An anonymous class in a field initializer. Nested ternary: 1 + (1 + nesting 1).
  ['OrderService.<anonymous@9>.compare', 'method', 10, 2, 3, 3],
  // The lambda adds nothing: for only.
  ['OrderService.OrderService', 'constructor', 16, 1, 2, 1],
  // Starts at its annotation. CCN: for, if, if, ||, &&. Cognitive: for 1, if 2, else if 1,
  // `|| &&` two runs 2, else 1; plain break/continue are free.
  ['OrderService.find', 'method', 22, 3, 6, 7],
  // Switch expression: `case NEW, PENDING` one case, `case SHIPPED` one, an if. Cognitive: switch 1,
  // if inside 2.
  ['OrderService.status', 'method', 38, 1, 4, 3],
  ['OrderService.legacyCode', 'method', 51, 1, 4, 1],
  // catch, catch, while. Cognitive: do 1, each catch 2 (nesting 1).
  ['OrderService.load', 'method', 63, 1, 4, 5],
  // for, for, if and the lambda's &&. Cognitive: for 1, for 2, if 3, continue outer 1, && in the
  // lambda 1 (nesting does not apply to operators).
  ['OrderService.countMatching', 'method', 79, 2, 5, 8],
  // Ternary 1, recursion 1.
  ['OrderService.depth', 'method', 93, 1, 2, 2],
  // abstract hook() has no body and is not reported.
  ['OrderService.Base.run', 'method', 100, 0, 1, 0],
  ['OrderService.Base.run/<anonymous@101>.run', 'method', 102, 0, 2, 1],
  // The record's compact constructor is skipped, as lizard skips it.
  ['OrderService.Range.contains', 'method', 117, 1, 2, 1],
  ['OrderService.Visitor.visit', 'method', 123, 1, 2, 1],
];

describe('tree-sitter complexity: Java', () => {
  const result = measureCorpus('Java', 'OrderService.java');

  it('reports methods and constructors with lizard cyclomatic and Campbell cognitive', () => {
    expect(result.hasSyntaxErrors).toBe(false);
    expect(result.rows).toEqual(expected);
  });
});
