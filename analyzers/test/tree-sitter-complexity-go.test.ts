import { describe, expect, it } from 'vitest';
import { measureCorpus, type Expected } from './corpus/tree-sitter/measure-corpus.ts';

// Cyclomatic: 1 + lizard's tokens if for case && || (Go has no while, ?: or catch); `case` of
// switch, type switch and select alike, `default` free. Every `func` literal is its own function.
// Cognitive: Campbell's rules; `goto` and `break`/`continue` to a label add 1.
const expected: Expected[] = [
  // Methods are named by the receiver's base type; the receiver is not a parameter.
  ['Queue.Push', 'method', 23, 1, 1, 0],
  ['Queue.Pop', 'method', 27, 0, 2, 1],
  // The closure's decisions are its own. Left here: for 1, if (nesting 1) 2.
  ['Order', 'function', 37, 1, 3, 3],
  // case, case, for, if. Cognitive: switch 1, for 1, if 2. The call to `visit` is through a
  // variable, so no recursion is seen.
  ['Order/<anonymous@41>', 'closure', 41, 1, 5, 4],
  // `workers, retries int` are two parameters. CCN: for, 3 cases, if, for, &&, if, &&, ||.
  // Cognitive: for 1, select 2, if 3, break Loop 1, for 3, && 1, if 4, `&& ||` 2, continue Loop 1.
  ['Run', 'function', 66, 5, 11, 18],
  // `case int, int64` is one case. CCN: 3 cases, if, else-if. Cognitive: type switch 1, if 2,
  // else if 1, else 1, goto 1.
  ['Describe', 'function', 92, 1, 6, 6],
  // if 1, recursion 1.
  ['Fib', 'function', 113, 1, 2, 2],
];

describe('tree-sitter complexity: Go', () => {
  const result = measureCorpus('Go', 'scheduler.go');

  it('reports functions, methods and closures with lizard cyclomatic and Campbell cognitive', () => {
    expect(result.hasSyntaxErrors).toBe(false);
    expect(result.rows).toEqual(expected);
  });

  it('places a closure at its func keyword', () => {
    const closure = result.functions.find((f) => f.kind === 'closure');
    expect(closure).toMatchObject({ startLine: 41, startColumn: 10, endLine: 57 });
  });
});
