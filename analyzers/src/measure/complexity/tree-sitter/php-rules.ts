import type { SyntaxNode, TreeCursor } from 'tree-sitter';
import { tokenTable, under, type LanguageRules, type Scope, type UnitInfo } from './language-rules.ts';
import { anonymousName, calleeField, countChildren, hasBody, methodCall, nameOf } from './syntax-helpers.ts';

const parameterTypes = new Set(['simple_parameter', 'variadic_parameter', 'property_promotion_parameter']);

function params(node: SyntaxNode): number {
  return countChildren(node.childForFieldName('parameters'), parameterTypes);
}

/**
 * lizard's PHP reader finds `function` only outside function bodies: a function, closure or
 * anonymous-class method inside another belongs to it; `fn` arrow functions never stand alone.
 */
function phpFunction(node: SyntaxNode, scope: Scope): UnitInfo | null {
  if (scope.inUnit) return null;
  const name = nameOf(node) ?? anonymousName(node);
  return { name, simpleName: name, kind: 'function', params: params(node) };
}

function phpClosure(node: SyntaxNode, scope: Scope): UnitInfo | null {
  if (scope.inUnit) return null;
  return { name: anonymousName(node), simpleName: '', kind: 'closure', params: params(node) };
}

function phpMethod(node: SyntaxNode, scope: Scope): UnitInfo | null {
  if (scope.inUnit || !hasBody(node)) return null;
  const name = nameOf(node) ?? anonymousName(node);
  const kind = name.toLowerCase() === '__construct' ? 'constructor' : 'method';
  return { name, simpleName: name, kind, params: params(node) };
}

/** A ternary's `?`, but not the `?:` shorthand, which lizard leaves out. */
function ternaryQuestionMark(parentType: string, cursor: TreeCursor): boolean {
  if (parentType !== 'conditional_expression' || !cursor.gotoNextSibling()) return false;
  const shorthand = cursor.nodeType === ':';
  cursor.gotoPreviousSibling();
  return !shorthand;
}

export const phpRules: LanguageRules = {
  // lizard's PHPReader: if elseif for foreach while catch match case && || ?. Not `??`, `?->`,
  // `?:`, a nullable type's `?`, nor the word operators `and`/`or`.
  decisionTokens: tokenTable([
    'if',
    'elseif',
    'for',
    'foreach',
    'while',
    'catch',
    'match',
    'case',
    ['?', ternaryQuestionMark],
    ['&&', under('binary_expression')],
    ['||', under('binary_expression')],
  ]),
  units: new Map([
    ['function_definition', phpFunction],
    ['method_declaration', phpMethod],
    ['anonymous_function', phpClosure],
  ]),
  containers: new Map([
    ['class_declaration', nameOf],
    ['interface_declaration', nameOf],
    ['trait_declaration', nameOf],
    ['enum_declaration', nameOf],
    ['anonymous_class', anonymousName],
  ]),
  cognitive: new Map([
    ['if_statement', 'if'],
    ['else_if_clause', 'else-if'],
    ['else_clause', 'else'],
    ['for_statement', 'structure'],
    ['foreach_statement', 'structure'],
    ['while_statement', 'structure'],
    ['do_statement', 'structure'],
    ['switch_statement', 'structure'],
    ['match_expression', 'structure'],
    ['catch_clause', 'structure'],
    ['conditional_expression', 'structure'],
    ['anonymous_function', 'nest'],
    ['arrow_function', 'nest'],
    ['function_definition', 'nest'],
    ['method_declaration', 'nest'],
    ['goto_statement', 'jump'],
    ['break_statement', 'jump'],
    ['continue_statement', 'jump'],
    ['binary_expression', 'logical'],
    ['parenthesized_expression', 'group'],
  ]),
  logicalOperators: new Set(['&&', '||', 'and', 'or']),
  jumpLabels: new Set(['integer']),
  headerTypes: new Set(),
  calls: new Map([
    ['function_call_expression', calleeField('function')],
    ['member_call_expression', methodCall('name', 'object')],
    ['nullsafe_member_call_expression', methodCall('name', 'object')],
    ['scoped_call_expression', methodCall('name', 'scope')],
  ]),
  selfReceivers: new Set(['$this', 'self', 'static']),
  bodyOnly: false,
};
