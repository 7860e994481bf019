import type { SyntaxNode } from 'tree-sitter';
import { tokenTable, under, type LanguageRules, type UnitInfo } from './language-rules.ts';
import { anonymousName, calleeField, fieldText, hasBody, nameOf } from './syntax-helpers.ts';

/** `params string[] rest` sits in the list as bare fields rather than as a `parameter` node. */
function countParameters(list: SyntaxNode | null): number {
  if (list === null) return 0;
  const plain = list.namedChildren.filter((child) => child.type === 'parameter').length;
  return plain + list.childrenForFieldName('name').length;
}

/** Methods, constructors, destructors and operators with a block or `=>` body. */
function csharpMember(kind: string, nameFor: (node: SyntaxNode) => string | null) {
  return (node: SyntaxNode): UnitInfo | null => {
    if (!hasBody(node)) return null;
    const name = nameFor(node) ?? anonymousName(node);
    const params = countParameters(node.childForFieldName('parameters'));
    return { name, simpleName: name, kind, params };
  };
}

const destructorName = (node: SyntaxNode) => `~${fieldText(node, 'name') ?? ''}`;
const operatorName = (node: SyntaxNode) => `operator${fieldText(node, 'operator') ?? ''}`;
const conversionName = (node: SyntaxNode) => `operator ${fieldText(node, 'type') ?? ''}`;

export const csharpRules: LanguageRules = {
  // lizard's CSharpReader: the base conditions plus `??` (and so `??=`). `?` counts in a ternary
  // and in `?.`/`?[` (a separate token to lizard), not in `int?`. `foreach` is not in lizard's
  // list, nor are switch-expression arms. `#if`/`#elif` count, as in every C-like reader.
  decisionTokens: tokenTable([
    'if',
    'for',
    'while',
    'catch',
    'case',
    '#if',
    '#elif',
    ['?', under('conditional_expression', 'conditional_access_expression')],
    ['??', under('binary_expression')],
    ['??=', under('assignment_expression')],
    ['&&', under('binary_expression')],
    ['||', under('binary_expression')],
  ]),
  // Property accessors are not functions to lizard; lambdas and local functions belong to the
  // enclosing method.
  units: new Map([
    ['method_declaration', csharpMember('method', nameOf)],
    ['constructor_declaration', csharpMember('constructor', nameOf)],
    ['destructor_declaration', csharpMember('destructor', destructorName)],
    ['operator_declaration', csharpMember('operator', operatorName)],
    ['conversion_operator_declaration', csharpMember('operator', conversionName)],
  ]),
  containers: new Map([
    ['class_declaration', nameOf],
    ['struct_declaration', nameOf],
    ['interface_declaration', nameOf],
    ['record_declaration', nameOf],
  ]),
  cognitive: new Map([
    ['if_statement', 'if'],
    ['for_statement', 'structure'],
    ['foreach_statement', 'structure'],
    ['while_statement', 'structure'],
    ['do_statement', 'structure'],
    ['switch_statement', 'structure'],
    ['switch_expression', 'structure'],
    ['catch_clause', 'structure'],
    ['conditional_expression', 'structure'],
    ['lambda_expression', 'nest'],
    ['anonymous_method_expression', 'nest'],
    ['local_function_statement', 'nest'],
    ['goto_statement', 'jump'],
    ['binary_expression', 'logical'],
    ['parenthesized_expression', 'group'],
    ['preproc_if', 'directive'],
    ['preproc_elif', 'directive'],
  ]),
  logicalOperators: new Set(['&&', '||']),
  jumpLabels: new Set(),
  headerTypes: new Set(['catch_declaration', 'catch_filter_clause']),
  calls: new Map([['invocation_expression', calleeField('function')]]),
  selfReceivers: new Set(['this']),
  bodyOnly: true,
};
