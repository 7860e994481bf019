import { describe, expect, it } from 'vitest';
import { measureCorpus, type Expected } from './corpus/tree-sitter/measure-corpus.ts';

// Cyclomatic: 1 + lizard's Ruby tokens if elsif until for while rescue ensure when and or && || ?:
// (modifier forms included, `||=` too: `||` to lizard's tokenizer). `unless` and `case` are not in
// lizard's list. Blocks and lambdas belong to their method; RSpec `it` blocks are functions, as in
// lizard.
// Cognitive: Campbell's rules; unless is an if, case a switch, rescue a catch, blocks nest.
const expected: Expected[] = [
  ['Billing.Invoice.initialize', 'method', 8, 4, 1, 0],
  ['Billing.Invoice.total', 'method', 15, 0, 1, 0],
  // CCN: if, &&, elsif, or (`unless` is free). Cognitive: unless 1, if 1, && 1, elsif 1, or 1,
  // else 1.
  ['Billing.Invoice.discount', 'method', 19, 1, 5, 6],
  // Two `when`s. Cognitive: the case 1.
  ['Billing.Invoice.state_label', 'method', 30, 0, 3, 1],
  // Two modifier ifs inside the block, which nests: 2 + 2.
  ['Billing.Invoice.each_overdue', 'method', 38, 1, 3, 4],
  // rescue, if, rescue, ensure. Cognitive: rescue 1, `retry if` inside it 2, rescue 1.
  ['Billing.Invoice.charge!', 'method', 45, 2, 5, 4],
  // `||=` and `||`. Cognitive: unless 1, || 1.
  ['Billing.Invoice.to_json', 'method', 62, 1, 3, 2],
  // rescue modifier, ternary, ||. Cognitive: rescue 1, ternary 1, || 1.
  ['Billing.Invoice.self.parse', 'singleton-method', 69, 1, 4, 3],
  // In `class << self`. until, while modifier. Cognitive: until 1, while inside 2.
  ['Billing.Invoice.self.reconcile', 'singleton-method', 75, 1, 3, 3],
  // Ternary 1, recursion 1.
  ['fibonacci', 'function', 85, 1, 2, 2],
  // RSpec examples start at their block.
  ["it 'applies the VIP discount'", 'block', 90, 0, 2, 1],
  ['it', 'block', 95, 0, 1, 0],
];

describe('tree-sitter complexity: Ruby', () => {
  const result = measureCorpus('Ruby', 'billing.rb');

  it('reports methods and RSpec examples with lizard cyclomatic and Campbell cognitive', () => {
    expect(result.hasSyntaxErrors).toBe(false);
    expect(result.rows).toEqual(expected);
  });
});
