import type { SyntaxNode } from 'tree-sitter';
import { tokenTable, type LanguageRules, type UnitInfo } from './language-rules.ts';
import { anonymousName, calleeField, fieldText } from './syntax-helpers.ts';

/** `a, b int` declares two parameters, `int, string` two unnamed ones. */
function countParameters(list: SyntaxNode | null): number {
  let count = 0;
  for (const parameter of list?.namedChildren ?? []) {
    if (parameter.type === 'parameter_declaration') {
      count += Math.max(1, parameter.childrenForFieldName('name').length);
    } else if (parameter.type === 'variadic_parameter_declaration') count += 1;
  }
  return count;
}

/** `*Repo[T]` → Repo. */
function baseTypeName(type: SyntaxNode | null): string {
  if (type === null) return '';
  if (type.type === 'pointer_type') return baseTypeName(type.lastNamedChild);
  if (type.type === 'generic_type') return baseTypeName(type.childForFieldName('type'));
  return type.text;
}

function goFunction(node: SyntaxNode): UnitInfo {
  const name = fieldText(node, 'name') ?? anonymousName(node);
  const params = countParameters(node.childForFieldName('parameters'));
  return { name, simpleName: name, kind: 'function', params };
}

/** `func (r *Repo) Find()` is `Repo.Find`; the receiver is not a parameter. */
function goMethod(node: SyntaxNode): UnitInfo {
  const name = fieldText(node, 'name') ?? anonymousName(node);
  const receiver = node.childForFieldName('receiver')?.firstNamedChild ?? null;
  const receiverName = receiver ? fieldText(receiver, 'name') : null;
  return {
    name: `${baseTypeName(receiver?.childForFieldName('type') ?? null)}.${name}`,
    simpleName: name,
    kind: 'method',
    params: countParameters(node.childForFieldName('parameters')),
    selfNames: receiverName === null ? [] : [receiverName],
  };
}

/** lizard reports every `func` literal as a function of its own. */
function goClosure(node: SyntaxNode): UnitInfo {
  const params = countParameters(node.childForFieldName('parameters'));
  return { name: anonymousName(node), simpleName: '', kind: 'closure', params };
}

export const goRules: LanguageRules = {
  // lizard's base conditions; Go has no `while`, `?:` or `catch`. Every `case` of a switch, type
  // switch and select counts; `default` does not.
  decisionTokens: tokenTable(['if', 'for', 'case', '&&', '||']),
  units: new Map([
    ['function_declaration', goFunction],
    ['method_declaration', goMethod],
    ['func_literal', goClosure],
  ]),
  containers: new Map(),
  cognitive: new Map([
    ['if_statement', 'if'],
    ['for_statement', 'structure'],
    ['expression_switch_statement', 'structure'],
    ['type_switch_statement', 'structure'],
    ['select_statement', 'structure'],
    ['goto_statement', 'jump'],
    ['break_statement', 'jump'],
    ['continue_statement', 'jump'],
    ['binary_expression', 'logical'],
    ['parenthesized_expression', 'group'],
  ]),
  logicalOperators: new Set(['&&', '||']),
  jumpLabels: new Set(['label_name']),
  headerTypes: new Set(['for_clause', 'range_clause']),
  calls: new Map([['call_expression', calleeField('function')]]),
  selfReceivers: new Set(),
  bodyOnly: false,
};
