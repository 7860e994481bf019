import type { SyntaxNode } from 'tree-sitter';
import { tokenTable, under, type LanguageRules, type UnitInfo } from './language-rules.ts';
import { anonymousName, countChildren, fieldText, hasBody, methodCall, nameOf } from './syntax-helpers.ts';

const parameterTypes = new Set(['formal_parameter', 'spread_parameter']);

function javaMethod(kind: string) {
  return (node: SyntaxNode): UnitInfo | null => {
    if (!hasBody(node)) return null;
    const name = fieldText(node, 'name') ?? anonymousName(node);
    const params = countChildren(node.childForFieldName('parameters'), parameterTypes);
    return { name, simpleName: name, kind, params };
  };
}

/** The body of `new Foo() { ... }` qualifies its methods as `<anonymous@LINE>.method`. */
function anonymousClass(body: SyntaxNode): string | null {
  return body.parent?.type === 'object_creation_expression' ? anonymousName(body) : null;
}

export const javaRules: LanguageRules = {
  // lizard's base conditions. A generic wildcard `<?>` is one token to lizard, so only a
  // ternary's `?` counts; `case A, B ->` is one `case`; `default` is free.
  decisionTokens: tokenTable([
    'if',
    'for',
    'while',
    'catch',
    'case',
    ['?', under('ternary_expression')],
    ['&&', under('binary_expression')],
    ['||', under('binary_expression')],
  ]),
  // Methods of anonymous and local classes are functions of their own, as in lizard; a record's
  // compact constructor is not (lizard skips it). Lambdas belong to the enclosing method.
  units: new Map([
    ['method_declaration', javaMethod('method')],
    ['constructor_declaration', javaMethod('constructor')],
  ]),
  containers: new Map([
    ['class_declaration', nameOf],
    ['interface_declaration', nameOf],
    ['enum_declaration', nameOf],
    ['record_declaration', nameOf],
    ['annotation_type_declaration', nameOf],
    ['class_body', anonymousClass],
  ]),
  cognitive: new Map([
    ['if_statement', 'if'],
    ['for_statement', 'structure'],
    ['enhanced_for_statement', 'structure'],
    ['while_statement', 'structure'],
    ['do_statement', 'structure'],
    ['switch_expression', 'structure'],
    ['catch_clause', 'structure'],
    ['ternary_expression', 'structure'],
    ['lambda_expression', 'nest'],
    ['break_statement', 'jump'],
    ['continue_statement', 'jump'],
    ['binary_expression', 'logical'],
    ['parenthesized_expression', 'group'],
  ]),
  logicalOperators: new Set(['&&', '||']),
  jumpLabels: new Set(['identifier']),
  headerTypes: new Set(['catch_formal_parameter']),
  calls: new Map([['method_invocation', methodCall('name', 'object')]]),
  selfReceivers: new Set(['this']),
  bodyOnly: true,
};
