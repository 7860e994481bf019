import { describe, expect, it } from 'vitest';
import { measureCorpus, type Expected } from './corpus/tree-sitter/measure-corpus.ts';

// Cyclomatic: 1 + lizard's C++ tokens if for while catch case ?: && || and #if/#ifdef/#elif. `&&`
// counts as an operator, not in `T&&`; the words `and`/`or` are not lizard tokens. Lambdas and the
// methods of a class local to a function belong to that function; `= default` is no definition.
// Names: namespaces and classes, `::` as `.`. Cognitive: Campbell's rules; lambdas nest.
const expected: Expected[] = [
  ['engine.graph.TaskGraph.TaskGraph', 'constructor', 16, 1, 2, 1],
  // `Fn&& fn` is one parameter and no decision. for 1, if 2.
  ['engine.graph.TaskGraph.forEach', 'method', 22, 1, 3, 3],
  ['engine.graph.TaskGraph.operator==', 'operator', 28, 1, 2, 1],
  // Defined outside the class template: `TaskGraph<Payload>::size`.
  ['engine.graph.TaskGraph.size', 'method', 45, 0, 1, 0],
  ['engine.graph.Scheduler.retries', 'method', 56, 1, 2, 1],
  // lizard restarts the count when the body opens: the member initializer list's ternary is
  // not counted (cognitive measures the body too).
  ['engine.graph.Scheduler.Scheduler', 'constructor', 63, 2, 1, 0],
  // `and` is not a lizard token, but it is a boolean operator: CCN 2, cognitive if 1 + and 1.
  ['engine.graph.Scheduler.~Scheduler', 'destructor', 66, 0, 2, 2],
  // CCN: the lambda's &&, for, if, else if, two catches, if. Cognitive: && in the lambda 1, for 1,
  // if 2, else if 1, catch 2, if in it 3, catch 2, goto 1.
  ['engine.graph.Scheduler.run', 'method', 70, 1, 8, 13],
  // An anonymous namespace adds nothing to the name. Ternary 1, recursion 1.
  ['fact', 'function', 95, 1, 2, 2],
  // EXPORT_API confuses the grammar, not the measurement. The local struct's method belongs here:
  // its || (nesting: the method nests), if constexpr, ternary. Cognitive: || 1, if 1, ternary 2.
  ['plugin_entry', 'function', 98, 2, 4, 4],
];

// A header is parsed as C++; the extern "C" braces split across #ifdef blocks break the parse.
const headerExpected: Expected[] = [
  // Nested ternary in the alternative: 1 + 2.
  ['clamp', 'function', 13, 3, 3, 3],
  // if, &&, if, &&, two ternaries. Cognitive: if 1, && 1, if 1, && 1, ternary 1, inner ternary 2.
  ['quadrant', 'function', 18, 1, 7, 7],
  ['geo.Segment.length', 'method', 33, 0, 1, 0],
  ['geo.Segment.operator<', 'operator', 34, 1, 1, 0],
];

describe('tree-sitter complexity: C++', () => {
  it('reports functions and methods with lizard cyclomatic and Campbell cognitive', () => {
    const result = measureCorpus('C++', 'task_graph.cpp');
    expect(result.hasSyntaxErrors).toBe(true);
    expect(result.rows).toEqual(expected);
  });

  it('parses C/C++ headers with the C++ grammar', () => {
    const result = measureCorpus('C/C++ Header', 'geometry.h');
    expect(result.rows).toEqual(headerExpected);
  });
});
