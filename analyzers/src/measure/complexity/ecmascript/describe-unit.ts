import type Parser from 'tree-sitter';
import type { FunctionMetrics } from '../../types.ts';
import { anonymousName, bindingName, fieldKey, keyText, memberName } from './unit-names.ts';

type SyntaxNode = Parser.SyntaxNode;

/**
 * Where a unit's code path starts and ends, as ESLint places it: the function node (for a method,
 * ESTree's FunctionExpression, which starts at the parameters or type parameters, not at the key),
 * a field's initializer without its parentheses, or the `static` of a static block.
 */
export interface UnitSpan {
  start: Parser.Point;
  end: Parser.Point;
}

/** The metrics record of a unit before the walk counts its parameters and complexity. */
function unitMetrics(name: string, kind: string, span: UnitSpan): FunctionMetrics {
  return {
    name,
    kind,
    startLine: span.start.row + 1,
    startColumn: span.start.column + 1,
    endLine: span.end.row + 1,
    params: 0,
    cyclomatic: 1,
    cognitive: 0,
  };
}

function qualified(enclosing: string | null, local: string): string {
  return enclosing === null ? local : `${enclosing}/${local}`;
}

/** Function declarations and expressions, generators and arrows. */
export function describeFunction(fn: SyntaxNode, span: UnitSpan, enclosing: string | null): FunctionMetrics {
  const isDeclaration = fn.type.endsWith('_declaration');
  const ownName = fn.childForFieldName('name')?.text;
  const local = isDeclaration ? ownName : (bindingName(fn) ?? ownName);
  const kind = fn.type === 'arrow_function' ? 'arrow' : 'function';
  return unitMetrics(qualified(enclosing, local ?? anonymousName(fn)), kind, span);
}

/** Class and object-literal methods, accessors (`accessorKind`) and constructors. */
export function describeMethod(
  method: SyntaxNode,
  span: UnitSpan,
  accessorKind: 'getter' | 'setter' | null,
  enclosing: string | null,
): FunctionMetrics {
  const key = keyText(method.childForFieldName('name'));
  const isConstructor = key === 'constructor' && method.parent?.type === 'class_body';
  const kind = accessorKind ?? (isConstructor ? 'constructor' : 'method');
  return unitMetrics(qualified(enclosing, memberName(method, key)), kind, span);
}

/** A class field's initializer, which ESLint measures as a function of its own. */
export function describeField(field: SyntaxNode, span: UnitSpan, enclosing: string | null): FunctionMetrics {
  return unitMetrics(qualified(enclosing, memberName(field, fieldKey(field))), 'class-field', span);
}

export function describeStaticBlock(
  block: SyntaxNode,
  span: UnitSpan,
  enclosing: string | null,
): FunctionMetrics {
  return unitMetrics(qualified(enclosing, memberName(block, '<static>')), 'static-block', span);
}
