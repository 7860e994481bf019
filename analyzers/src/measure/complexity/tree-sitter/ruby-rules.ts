import type { SyntaxNode } from 'tree-sitter';
import {
  tokenTable,
  under,
  type LanguageRules,
  type Scope,
  type UnitInfo,
  type UnitRule,
} from './language-rules.ts';
import { anonymousName, countChildren, dotted, fieldText, methodCall } from './syntax-helpers.ts';

/** lizard counts each comma-separated parameter; `...` has no word in it and does not count. */
const parameterTypes = new Set([
  'identifier',
  'optional_parameter',
  'splat_parameter',
  'hash_splat_parameter',
  'hash_splat_nil',
  'block_parameter',
  'keyword_parameter',
  'destructured_parameter',
]);

function rubyMethod(node: SyntaxNode, scope: Scope): UnitInfo {
  const name = fieldText(node, 'name') ?? anonymousName(node);
  const kind =
    scope.container?.type === 'singleton_class'
      ? 'singleton-method'
      : scope.enclosing === 'container'
        ? 'method'
        : 'function';
  const params = countChildren(node.childForFieldName('parameters'), parameterTypes);
  return { name, simpleName: name, kind, params };
}

/** `def self.build` is `self.build`, as lizard names it. */
function rubySingletonMethod(node: SyntaxNode): UnitInfo {
  const name = fieldText(node, 'name') ?? anonymousName(node);
  const params = countChildren(node.childForFieldName('parameters'), parameterTypes);
  const object = fieldText(node, 'object') ?? 'self';
  return { name: `${object}.${name}`, simpleName: name, kind: 'singleton-method', params };
}

/** lizard reports RSpec's `it "does x" do ... end` blocks as functions; other blocks are not. */
function rspecExample(block: SyntaxNode): UnitInfo | null {
  const call = block.parent;
  if (call?.type !== 'call' || call.childForFieldName('receiver') !== null) return null;
  if (fieldText(call, 'method') !== 'it') return null;
  const description = call.childForFieldName('arguments')?.firstNamedChild?.text;
  return { name: description ? `it ${description}` : 'it', simpleName: '', kind: 'block', params: 0 };
}

const constantName = (node: SyntaxNode) => {
  const name = fieldText(node, 'name');
  return name === null ? null : dotted(name);
};

export const rubyRules: LanguageRules = {
  // lizard's RubylikeReader: if elsif until for while rescue ensure when and or && || ?. `unless`
  // and `case` are not in its list. `x ||= y` is `||` then `=` to lizard's tokenizer, so it counts.
  decisionTokens: tokenTable([
    'if',
    'elsif',
    'until',
    'for',
    'while',
    'rescue',
    'ensure',
    'when',
    'and',
    'or',
    '||=',
    '&&=',
    ['&&', under('binary')],
    ['||', under('binary')],
    ['?', under('conditional')],
  ]),
  units: new Map<string, UnitRule>([
    ['method', rubyMethod],
    ['singleton_method', rubySingletonMethod],
    ['do_block', rspecExample],
    ['block', rspecExample],
  ]),
  containers: new Map([
    ['class', constantName],
    ['module', constantName],
    ['singleton_class', () => 'self'],
  ]),
  cognitive: new Map([
    ['if', 'if'],
    ['unless', 'if'],
    ['if_modifier', 'if'],
    ['unless_modifier', 'if'],
    ['elsif', 'else-if'],
    ['else', 'else-body'],
    ['while', 'structure'],
    ['until', 'structure'],
    ['for', 'structure'],
    ['while_modifier', 'structure'],
    ['until_modifier', 'structure'],
    ['case', 'structure'],
    ['case_match', 'structure'],
    ['rescue', 'structure'],
    ['rescue_modifier', 'structure'],
    ['conditional', 'structure'],
    ['do_block', 'nest'],
    ['block', 'nest'],
    ['binary', 'logical'],
    ['parenthesized_statements', 'group'],
  ]),
  logicalOperators: new Set(['&&', '||', 'and', 'or']),
  jumpLabels: new Set(),
  headerTypes: new Set(),
  calls: new Map([['call', methodCall('method', 'receiver')]]),
  selfReceivers: new Set(['self']),
  bodyOnly: false,
};
