import type { SyntaxNode } from 'tree-sitter';
import { tokenTable, under, type LanguageRules, type Scope, type UnitInfo } from './language-rules.ts';
import { anonymousName, calleeField, countChildren, hasBody, nameOf } from './syntax-helpers.ts';

const parameterTypes = new Set(['self_parameter', 'parameter', 'variadic_parameter']);
const methodContainers = new Set(['impl_item', 'trait_item']);

/** Every `fn` with a body, nested ones included (lizard); closures belong to the enclosing fn. */
function rustFunction(node: SyntaxNode, scope: Scope): UnitInfo | null {
  if (!hasBody(node)) return null;
  const name = nameOf(node) ?? anonymousName(node);
  const inImpl = methodContainers.has(scope.container?.type ?? '');
  const params = countChildren(node.childForFieldName('parameters'), parameterTypes);
  return { name, simpleName: name, kind: inImpl ? 'method' : 'function', params };
}

/** `impl<T> Display for Vec<T>` qualifies its methods with `Vec`. */
function implType(type: SyntaxNode | null): string | null {
  if (type === null) return null;
  if (type.type === 'generic_type') return implType(type.childForFieldName('type'));
  if (type.type === 'scoped_type_identifier') return implType(type.childForFieldName('name'));
  if (type.type === 'reference_type') return implType(type.childForFieldName('type'));
  return type.text;
}

/** In a macro's token tree lizard still sees the tokens, so they count there too. */
const inMacroOr = (...parentTypes: string[]) => under('token_tree', ...parentTypes);

export const rustRules: LanguageRules = {
  // lizard's RustReader: if for while match where && || ?. `match` counts once, not per arm; a
  // fn's `where` clause counts. `?` counts as the try operator, not in `?Sized`; a closure's
  // empty `||` is two `|` tokens here, not the operator.
  decisionTokens: tokenTable([
    'if',
    'while',
    'match',
    'where',
    ['for', inMacroOr('for_expression')],
    ['?', inMacroOr('try_expression')],
    ['&&', inMacroOr('binary_expression')],
    ['||', inMacroOr('binary_expression')],
  ]),
  units: new Map([['function_item', rustFunction]]),
  containers: new Map([
    ['impl_item', (node) => implType(node.childForFieldName('type'))],
    ['trait_item', nameOf],
    ['mod_item', nameOf],
  ]),
  cognitive: new Map([
    ['if_expression', 'if'],
    ['else_clause', 'else'],
    ['for_expression', 'structure'],
    ['while_expression', 'structure'],
    ['loop_expression', 'structure'],
    ['match_expression', 'structure'],
    ['closure_expression', 'nest'],
    ['break_expression', 'jump'],
    ['continue_expression', 'jump'],
    ['binary_expression', 'logical'],
    ['parenthesized_expression', 'group'],
  ]),
  logicalOperators: new Set(['&&', '||']),
  jumpLabels: new Set(['label']),
  headerTypes: new Set(),
  calls: new Map([['call_expression', calleeField('function')]]),
  selfReceivers: new Set(['self', 'Self']),
  bodyOnly: false,
};
