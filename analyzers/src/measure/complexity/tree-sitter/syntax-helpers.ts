import type { SyntaxNode } from 'tree-sitter';
import type { CalleeOf } from './language-rules.ts';

/** The text of a node's field, or null when the field is absent. */
export function fieldText(node: SyntaxNode, field: string): string | null {
  return node.childForFieldName(field)?.text ?? null;
}

/** The `name` field's text: the usual name of a class or function node. */
export function nameOf(node: SyntaxNode): string | null {
  return fieldText(node, 'name');
}

/** How many of a node's named children have one of these types. */
export function countChildren(node: SyntaxNode | null, types: ReadonlySet<string>): number {
  return node?.namedChildren.filter((child) => types.has(child.type)).length ?? 0;
}

/** The name used for functions that have none: `<anonymous@LINE>`. */
export function anonymousName(node: SyntaxNode): string {
  return `<anonymous@${node.startPosition.row + 1}>`;
}

/** A name as the contract spells it: `A::B` and `A\B` qualifiers become `A.B`, no spaces. */
export function dotted(name: string): string {
  return name.replace(/\s+/g, '').replace(/::|\\/g, '.');
}

/** Whether the declaration has a body (abstract and interface methods have none). */
export function hasBody(node: SyntaxNode): boolean {
  return node.childForFieldName('body') !== null;
}

/**
 * Splits a callee expression: `f` → f; `obj.f`, `obj->f`, `Obj::f` → f with receiver obj (the
 * first and last named children of the member expression).
 */
export function splitCallee(callee: SyntaxNode | null): { name: string; receiver: string | null } | null {
  if (callee === null) return null;
  if (callee.namedChildCount === 0) return { name: callee.text, receiver: null };
  const name = callee.lastNamedChild?.text;
  const receiver = callee.namedChildCount > 1 ? (callee.firstNamedChild?.text ?? null) : null;
  return name === undefined ? null : { name, receiver };
}

/** A call whose callee is one expression field (`f(x)`, `self.f(x)`). */
export function calleeField(field: string): CalleeOf {
  return (call) => splitCallee(call.childForFieldName(field));
}

/** A call that names the method and the receiver in two fields (`obj.f(x)` in Java, Ruby, PHP). */
export function methodCall(nameField: string, receiverField: string): CalleeOf {
  return (call) => {
    const name = fieldText(call, nameField);
    return name === null ? null : { name, receiver: fieldText(call, receiverField) };
  };
}
