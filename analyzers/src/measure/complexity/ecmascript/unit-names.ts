import type Parser from 'tree-sitter';

type SyntaxNode = Parser.SyntaxNode;

/** Assignment targets that read as a name: `handler`, `module.exports.x`, `this.onClick`, `a.#b`. */
const dottedPath = /^[\p{L}\p{N}_$#.]+$/u;

/** The parent as ESTree sees it: parentheses are not nodes there. */
function parentThroughParens(node: SyntaxNode): SyntaxNode | null {
  let parent = node.parent;
  while (parent?.type === 'parenthesized_expression') parent = parent.parent;
  return parent;
}

export function anonymousName(node: SyntaxNode): string {
  return `<anonymous@${node.startPosition.row + 1}>`;
}

/** The name of a property or member key: `x`, `#x`, `'a-b'` as `a-b`, `[Symbol.iterator]` as written. */
export function keyText(key: SyntaxNode | null): string {
  if (!key) return '';
  if (key.type === 'string') return key.text.slice(1, -1);
  return key.text;
}

function identifierText(node: SyntaxNode | null): string | null {
  if (node?.type === 'identifier' || node?.type === 'shorthand_property_identifier_pattern') return node.text;
  return null;
}

function pathText(node: SyntaxNode | null): string | null {
  return node && dottedPath.test(node.text) ? node.text : null;
}

/**
 * The name a function, class or object expression gets from what holds it: the variable, the
 * assignment target, the property or field, the parameter it defaults, or `default` when exported so.
 */
export function bindingName(node: SyntaxNode): string | null {
  const holder = parentThroughParens(node);
  switch (holder?.type) {
    case 'variable_declarator':
      return identifierText(holder.childForFieldName('name'));
    case 'assignment_expression':
    case 'augmented_assignment_expression':
      return pathText(holder.childForFieldName('left'));
    case 'assignment_pattern':
    case 'object_assignment_pattern':
      return identifierText(holder.childForFieldName('left'));
    case 'required_parameter':
    case 'optional_parameter':
      return identifierText(holder.childForFieldName('pattern'));
    case 'pair':
      return memberName(holder, keyText(holder.childForFieldName('key')));
    case 'public_field_definition':
    case 'field_definition':
      return memberName(holder, fieldKey(holder));
    case 'export_statement':
      return 'default';
    default:
      return null;
  }
}

export function fieldKey(field: SyntaxNode): string {
  return keyText(field.childForFieldName('name') ?? field.childForFieldName('property'));
}

const fieldTypes = new Set(['public_field_definition', 'field_definition']);

/**
 * `Class.key` for class members, `object.key` for members of a named object literal, else `key`. An
 * object or class held by a class field is inside the field's own unit, whose name prefixes it
 * already: `Class.field/key`, `Class.field/field.method`.
 */
export function memberName(member: SyntaxNode, key: string): string {
  const owner = member.parent;
  if (owner?.type === 'class_body' && owner.parent) return `${className(owner.parent)}.${key}`;
  if (owner?.type === 'object' && !isFieldValue(owner)) {
    const objectName = bindingName(owner);
    if (objectName) return `${objectName}.${key}`;
  }
  return key;
}

function isFieldValue(node: SyntaxNode): boolean {
  return fieldTypes.has(parentThroughParens(node)?.type ?? '');
}

function className(classNode: SyntaxNode): string {
  const name = classNode.childForFieldName('name');
  if (name) return name.text;
  const holder = parentThroughParens(classNode);
  if (holder && fieldTypes.has(holder.type)) return fieldKey(holder);
  return bindingName(classNode) ?? anonymousName(classNode);
}
