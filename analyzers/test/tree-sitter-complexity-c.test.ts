import { describe, expect, it } from 'vitest';
import { measureCorpus, type Expected } from './corpus/tree-sitter/measure-corpus.ts';

// Cyclomatic: 1 + lizard's C tokens if for while case ?: && || plus the directives #if, #ifdef and
// #elif inside a function (not #ifndef). Parameters as lizard counts them: K&R names, not `...`,
// not a lone `void`.
// Cognitive: Campbell's rules; goto adds 1; the preprocessor is free.
const expected: Expected[] = [
  ['default_on_full', 'function', 17, 2, 2, 1],
  // Returns a pointer: the name is found through the pointer declarator.
  ['rb_create', 'function', 23, 1, 3, 2],
  // while, if, &&, &&. Cognitive: while 1, if 2, the && run 1.
  ['rb_write', 'function', 39, 4, 5, 4],
  // CCN: four cases, ternary, #ifdef, if, ||, do-while's while; #ifndef is not counted.
  // Cognitive: switch 1, ternary in a case 2, goto 1, if 1, || 1, goto 1, do 1.
  ['rb_parse_command', 'function', 53, 1, 10, 8],
  // K&R parameters. for, ternary. Cognitive: for 1, ternary in its body 2.
  ['legacy_sum', 'function', 83, 2, 3, 3],
  // The LIST_FOR_EACH macro hides its `for` (from lizard too) and breaks the parse; the block
  // after it still measures: if 1.
  ['rb_count_nodes', 'function', 93, 1, 2, 1],
  ['rb_log', 'function', 104, 1, 1, 0],
  ['rb_destroy', 'function', 109, 0, 1, 0],
  // `int RB_CDECL rb_selftest(void)`: the grammar reads the macro as the declarator and the name as
  // a type; the function still measures (it starts at its name).
  ['rb_selftest', 'function', 113, 0, 2, 1],
];

describe('tree-sitter complexity: C', () => {
  const result = measureCorpus('C', 'ring_buffer.c');

  it('reports functions with lizard cyclomatic and Campbell cognitive, through a macro it cannot parse', () => {
    expect(result.hasSyntaxErrors).toBe(true);
    expect(result.rows).toEqual(expected);
  });
});
