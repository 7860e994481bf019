import type { SyntaxNode, TreeCursor } from 'tree-sitter';
import {
  tokenTable,
  under,
  type LanguageRules,
  type Scope,
  type UnitInfo,
  type UnitRule,
  type UnitSite,
} from './language-rules.ts';
import { anonymousAtCursor, readSignature } from './cursor-signature.ts';
import { dotted, fieldText, methodCall } from './syntax-helpers.ts';

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

function rubyMethod(site: UnitSite, scope: Scope): UnitInfo {
  const signature = readSignature(site, parameterTypes);
  const name = signature.name ?? anonymousAtCursor(site);
  const kind =
    scope.container?.type === 'singleton_class'
      ? 'singleton-method'
      : scope.enclosing === 'container'
        ? 'method'
        : 'function';
  return { name, simpleName: name, kind, params: signature.params };
}

/** `def self.build` is `self.build`, as lizard names it. */
function rubySingletonMethod(site: UnitSite): UnitInfo {
  const signature = readSignature(site, parameterTypes);
  const name = signature.name ?? anonymousAtCursor(site);
  const object = signature.object ?? 'self';
  return { name: `${object}.${name}`, simpleName: name, kind: 'singleton-method', params: signature.params };
}

/** lizard reports RSpec's `it "does x" do ... end` blocks as functions; other blocks are not. */
function rspecExample(block: SyntaxNode): UnitInfo | null {
  const call = block.parent;
  if (call?.type !== 'call' || call.childForFieldName('receiver') !== null) return null;
  if (fieldText(call, 'method') !== 'it') return null;
  const description = call.childForFieldName('arguments')?.firstNamedChild?.text;
  return { name: description ? `it ${description}` : 'it', simpleName: '', kind: 'block', params: 0 };
}

/**
 * A cheap test before `rspecExample`: the block's call has no receiver, so it starts with its
 * method's name, `it`. Most blocks belong to calls with a receiver or another method.
 */
function mayBeExample(cursor: TreeCursor, source: string, parentType: string): boolean {
  if (parentType !== 'call') return false;
  const index = cursor.currentDescendantIndex;
  cursor.gotoParent();
  const start = cursor.startIndex;
  cursor.gotoDescendant(index);
  return source.startsWith('it', start);
}

const noParameters: ReadonlySet<string> = new Set();

const constantName = (site: UnitSite) => {
  const name = readSignature(site, noParameters).name;
  return name === null ? null : dotted(name);
};

/**
 * Where the walk has something to do: each keyword or operator it counts, and the text every node
 * it acts on holds (`def`, `do`, `{`, `class`, `module`, `?`...). A keyword followed by a letter is
 * part of an identifier; one that ends an identifier (`color`) is matched too, which only costs a
 * subtree walked for nothing.
 */
const landmarks =
  /(?:if|unless|else|while|until|for|case|rescue|ensure|when|and|or|def|do|class|module)(?![A-Za-z0-9_])|&&|\|\||[?{]/g;

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
    ['do_block', rspecExample],
    ['block', rspecExample],
  ]),
  cursorUnits: new Map([
    ['method', rubyMethod],
    ['singleton_method', rubySingletonMethod],
  ]),
  unitGates: new Map([
    ['do_block', mayBeExample],
    ['block', mayBeExample],
  ]),
  containers: new Map(),
  cursorContainers: new Map([
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
  landmarks,
};
