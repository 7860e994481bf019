import type { SyntaxNode } from 'tree-sitter';
import { tokenTable, type LanguageRules, type Scope, type UnitInfo } from './language-rules.ts';
import { anonymousName, calleeField, countChildren, fieldText, nameOf } from './syntax-helpers.ts';

/** lizard counts `self` and `*args` but not the bare `*` and `/` markers. */
const parameterTypes = new Set([
  'identifier',
  'typed_parameter',
  'default_parameter',
  'typed_default_parameter',
  'list_splat_pattern',
  'dictionary_splat_pattern',
  'tuple_pattern',
]);

/** Every `def`, nested ones included, is its own function (as in lizard); lambdas are not. */
function pythonFunction(node: SyntaxNode, scope: Scope): UnitInfo {
  const name = fieldText(node, 'name') ?? anonymousName(node);
  const inClass = scope.enclosing === 'container';
  return {
    name,
    simpleName: name,
    kind: !inClass ? 'function' : name === '__init__' ? 'constructor' : 'method',
    params: countChildren(node.childForFieldName('parameters'), parameterTypes),
  };
}

export const pythonRules: LanguageRules = {
  // lizard's PythonReader: if elif for while except finally and or, plus the soft keyword `case`.
  // Comprehension `for`/`if` and the conditional expression's `if` are the same tokens.
  decisionTokens: tokenTable(['if', 'elif', 'for', 'while', 'except', 'finally', 'and', 'or', 'case']),
  units: new Map([['function_definition', pythonFunction]]),
  containers: new Map([['class_definition', nameOf]]),
  cognitive: new Map([
    ['if_statement', 'if'],
    ['elif_clause', 'else-if'],
    ['else_clause', 'else'],
    ['for_statement', 'structure'],
    ['while_statement', 'structure'],
    ['except_clause', 'structure'],
    ['match_statement', 'structure'],
    ['conditional_expression', 'structure'],
    ['lambda', 'nest'],
    ['boolean_operator', 'logical'],
    ['parenthesized_expression', 'group'],
  ]),
  logicalOperators: new Set(['and', 'or']),
  jumpLabels: new Set(),
  headerTypes: new Set(),
  calls: new Map([['call', calleeField('function')]]),
  selfReceivers: new Set(['self', 'cls']),
  bodyOnly: false,
};
