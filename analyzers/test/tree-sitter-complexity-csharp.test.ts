import { describe, expect, it } from 'vitest';
import { measureWithTreeSitter } from '../src/measure/complexity/tree-sitter/index.ts';
import { measureCorpus, type Expected } from './corpus/tree-sitter/measure-corpus.ts';

// Cyclomatic: 1 + lizard's C# tokens: if for while catch case ?: && || ?? (so also ??=), `?` of
// `?.`/`?[`, and #if/#elif. Not `foreach` (not in lizard's list), switch-expression arms, `when`,
// nor the `?` of a nullable type. Lambdas and local functions belong to their method; property
// accessors are not functions (lizard does not report them).
// Cognitive: Campbell's rules; foreach is a loop; lambdas and local functions nest.
const expected: Expected[] = [
  // logger, `params string[]`: two. CCN: ??, ternary; `ILogger?` is a type. Cognitive: foreach 1,
  // ternary inside 2; `??` is not a boolean operator.
  ['PaymentProcessor.PaymentProcessor', 'constructor', 13, 2, 3, 3],
  ['PaymentProcessor.~PaymentProcessor', 'destructor', 22, 0, 1, 0],
  // if, ||, else if, else if, &&. Cognitive: if 1, || 1, else if 1, else if 1, && 1.
  ['PaymentProcessor.Authorize', 'method', 32, 2, 6, 5],
  // Expression body: `?.` twice and `??`; the arms and `when` are free. Cognitive: the switch 1.
  ['PaymentProcessor.Describe', 'method', 53, 1, 4, 1],
  // The lambda's &&, three cases, two `?.`, two catches (foreach and `goto default` are free).
  // Cognitive: foreach 1, && in the lambda in its header 1, switch 2, goto 1, each catch 2.
  ['PaymentProcessor.Settle', 'method', 60, 1, 9, 9],
  // The local function's ternary and `??=`. Cognitive: ternary inside the local function 1 + 1.
  ['PaymentProcessor.Fee', 'method', 98, 1, 3, 2],
  ['PaymentProcessor.operator+', 'operator', 106, 2, 2, 1],
  // #if counts for lizard; the directive is free for cognitive.
  ['PaymentProcessor.Dispose', 'method', 111, 0, 3, 1],
];

describe('tree-sitter complexity: C#', () => {
  const result = measureCorpus('C#', 'PaymentProcessor.cs');

  it('reports methods, constructors and operators with lizard cyclomatic and Campbell cognitive', () => {
    expect(result.hasSyntaxErrors).toBe(false);
    expect(result.rows).toEqual(expected);
  });

  it('reads an #if condition as lizard does: one token, its && not counted', () => {
    const source =
      'class P {\n  void M() {\n#if DEBUG && TRACE\n    if (a) { }\n#elif X\n    b();\n#endif\n  }\n}\n';
    const [method] = measureWithTreeSitter(source, 'C#').functions;
    expect(method).toMatchObject({ name: 'P.M', cyclomatic: 4, cognitive: 1 });
  });
});
