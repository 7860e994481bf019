import type { SyntaxNode } from 'tree-sitter';
import { tokenTable, under, type LanguageRules, type Scope, type UnitInfo } from './language-rules.ts';
import { anonymousName, calleeField, dotted, hasBody, nameOf } from './syntax-helpers.ts';

/** `int *f(void)` wraps the function declarator in pointer and reference declarators. */
function functionDeclarator(definition: SyntaxNode): SyntaxNode | null {
  let declarator = definition.childForFieldName('declarator');
  for (let depth = 0; declarator !== null && depth < 8; depth += 1) {
    if (declarator.type === 'function_declarator') return declarator;
    declarator = declarator.childForFieldName('declarator') ?? declarator.lastNamedChild;
  }
  return null;
}

/** `ns::Foo<T>::bar` → [ns, Foo, bar]; `operator ==` → operator==; `operator int` keeps its space. */
function nameParts(node: SyntaxNode | null): string[] {
  if (node === null) return [];
  if (node.type === 'qualified_identifier') {
    return [...nameParts(node.childForFieldName('scope')), ...nameParts(node.childForFieldName('name'))];
  }
  if (node.type.startsWith('template_')) return nameParts(node.childForFieldName('name'));
  return [node.text.replace(/\s+/g, ' ').replace(/ (?=\W)|(?<=\W) /g, '')];
}

/** K&R C lists bare identifiers; C's `...` is a `variadic_parameter` and does not count. */
const parameterTypes = new Set([
  'parameter_declaration',
  'optional_parameter_declaration',
  'variadic_parameter_declaration',
  'identifier',
]);

/** lizard counts each parameter with a name or type in it, but not `...` nor a lone `void`. */
function countParameters(list: SyntaxNode | null): number {
  const parameters = list?.namedChildren ?? [];
  return parameters.filter((parameter) => parameterTypes.has(parameter.type) && !isLoneVoid(parameter))
    .length;
}

function isLoneVoid(parameter: SyntaxNode): boolean {
  return (
    parameter.type === 'parameter_declaration' &&
    parameter.childForFieldName('declarator') === null &&
    parameter.childForFieldName('type')?.text === 'void'
  );
}

function kindOf(parts: string[], scope: Scope): string {
  const name = parts.at(-1) ?? '';
  const inClass = scope.container !== null && scope.container.type !== 'namespace_definition';
  const owner = parts.length > 1 ? parts.at(-2) : inClass ? scope.container?.name : undefined;
  if (name.startsWith('~')) return 'destructor';
  if (name.startsWith('operator')) return 'operator';
  if (owner !== undefined && name === owner) return 'constructor';
  return parts.length > 1 || inClass ? 'method' : 'function';
}

/**
 * Functions defined with a body (not `= default`) at file, namespace or class level, as lizard
 * finds them. Lambdas and the
 * methods of a class local to a function body belong to that function (lizard reads no further
 * into a function body than its braces).
 */
function cFunction(node: SyntaxNode, scope: Scope): UnitInfo | null {
  if (scope.inUnit || !hasBody(node)) return null;
  const declarator = functionDeclarator(node);
  if (declarator === null) return macroPrefixedFunction(node, scope);
  const parts = nameParts(declarator.childForFieldName('declarator'));
  return {
    name: parts.length > 0 ? parts.join('.') : anonymousName(node),
    simpleName: parts.at(-1) ?? '',
    kind: kindOf(parts, scope),
    params: countParameters(declarator.childForFieldName('parameters')),
  };
}

/**
 * `int WINAPI main(void)`: the grammar ends a declaration at the macro and reads `main` as the
 * type of a definition whose declarator is `(void)`. lizard still sees `main`.
 */
function macroPrefixedFunction(node: SyntaxNode, scope: Scope): UnitInfo {
  const type = node.childForFieldName('type');
  const declarator = node.childForFieldName('declarator');
  if (type?.type !== 'type_identifier' || declarator?.type !== 'parenthesized_declarator') {
    return { name: anonymousName(node), simpleName: '', kind: 'function', params: 0 };
  }
  const params = declarator.namedChildren.filter((child) => child.text !== 'void').length;
  return { name: type.text, simpleName: type.text, kind: kindOf([type.text], scope), params };
}

function className(node: SyntaxNode): string | null {
  if (node.childForFieldName('body') === null) return null;
  return nameParts(node.childForFieldName('name')).join('.') || null;
}

/** An anonymous namespace adds nothing to the names in it, as in lizard. */
function namespaceName(node: SyntaxNode): string | null {
  const name = nameOf(node);
  return name === null ? null : dotted(name);
}

export const cppRules: LanguageRules = {
  // lizard's CLikeReader: the base conditions plus `#if`, `#ifdef` and `#elif` (not `#ifndef`).
  // `&&` counts as an operator only, not in `T&&`; the words `and`/`or` are not lizard tokens.
  decisionTokens: tokenTable([
    'if',
    'for',
    'while',
    'catch',
    'case',
    '#if',
    '#ifdef',
    '#elif',
    ['?', under('conditional_expression')],
    ['&&', under('binary_expression')],
    ['||', under('binary_expression')],
  ]),
  units: new Map([['function_definition', cFunction]]),
  containers: new Map([
    ['class_specifier', className],
    ['struct_specifier', className],
    ['union_specifier', className],
    ['namespace_definition', namespaceName],
  ]),
  cognitive: new Map([
    ['if_statement', 'if'],
    ['else_clause', 'else'],
    ['for_statement', 'structure'],
    ['for_range_loop', 'structure'],
    ['while_statement', 'structure'],
    ['do_statement', 'structure'],
    ['switch_statement', 'structure'],
    ['catch_clause', 'structure'],
    ['conditional_expression', 'structure'],
    ['lambda_expression', 'nest'],
    ['function_definition', 'nest'],
    ['goto_statement', 'jump'],
    ['binary_expression', 'logical'],
    ['parenthesized_expression', 'group'],
    ['preproc_if', 'directive'],
    ['preproc_elif', 'directive'],
  ]),
  logicalOperators: new Set(['&&', '||', 'and', 'or']),
  jumpLabels: new Set(),
  headerTypes: new Set(),
  calls: new Map([['call_expression', calleeField('function')]]),
  selfReceivers: new Set(['this']),
  bodyOnly: true,
};

/** C shares the C++ table: the grammars agree on every node type it names. */
export const cRules: LanguageRules = cppRules;
