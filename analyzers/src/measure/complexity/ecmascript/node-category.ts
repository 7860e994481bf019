import type Parser from 'tree-sitter';

/**
 * What the complexity walk does with a node, decided once per grammar node type. Plain nodes are
 * walked through; Skip nodes (tokens, identifiers, strings, comments, TypeScript types) can hold
 * nothing that counts, so their subtrees are never entered.
 */
export const Category = {
  Plain: 0,
  Skip: 1,
  Function: 2,
  Method: 3,
  Field: 4,
  StaticBlock: 5,
  If: 6,
  Else: 7,
  Loop: 8,
  Switch: 9,
  SwitchCase: 10,
  SwitchDefault: 11,
  Catch: 12,
  Ternary: 13,
  Binary: 14,
  Parenthesized: 15,
  JsxExpression: 16,
  DefaultValue: 17,
  TypedParameter: 18,
  Jump: 19,
  Label: 20,
  And: 21,
  Or: 22,
  Nullish: 23,
  LogicalAssignment: 24,
  OptionalChain: 25,
  Equals: 26,
  Accessor: 27,
  Comment: 28,
  Parameters: 29,
  This: 30,
  Punctuation: 31,
  Getter: 32,
  Setter: 33,
} as const;
export type Category = (typeof Category)[keyof typeof Category];

const categoryByType = new Map<string, Category>(
  Object.entries({
    function_declaration: Category.Function,
    generator_function_declaration: Category.Function,
    function_expression: Category.Function,
    generator_function: Category.Function,
    arrow_function: Category.Function,
    method_definition: Category.Method,
    public_field_definition: Category.Field,
    field_definition: Category.Field,
    class_static_block: Category.StaticBlock,
    if_statement: Category.If,
    else_clause: Category.Else,
    for_statement: Category.Loop,
    for_in_statement: Category.Loop,
    while_statement: Category.Loop,
    do_statement: Category.Loop,
    switch_statement: Category.Switch,
    switch_case: Category.SwitchCase,
    switch_default: Category.SwitchDefault,
    catch_clause: Category.Catch,
    ternary_expression: Category.Ternary,
    binary_expression: Category.Binary,
    parenthesized_expression: Category.Parenthesized,
    jsx_expression: Category.JsxExpression,
    assignment_pattern: Category.DefaultValue,
    object_assignment_pattern: Category.DefaultValue,
    required_parameter: Category.TypedParameter,
    optional_parameter: Category.TypedParameter,
    // JavaScript's grammar makes `?.` a named leaf; TypeScript's wraps the `?.` token, or leaves it bare in calls.
    optional_chain: Category.OptionalChain,
    break_statement: Category.Jump,
    continue_statement: Category.Jump,
    statement_identifier: Category.Label,
    comment: Category.Comment,
    formal_parameters: Category.Parameters,
    this: Category.This,
  }),
);

const categoryByToken = new Map<string, Category>(
  Object.entries({
    '&&': Category.And,
    '||': Category.Or,
    '??': Category.Nullish,
    '&&=': Category.LogicalAssignment,
    '||=': Category.LogicalAssignment,
    '??=': Category.LogicalAssignment,
    '?.': Category.OptionalChain,
    '=': Category.Equals,
    accessor: Category.Accessor,
    get: Category.Getter,
    set: Category.Setter,
    '(': Category.Punctuation,
    ')': Category.Punctuation,
    ',': Category.Punctuation,
  }),
);

/** Named nodes that cannot contain anything either metric counts. */
const skippedTypes = new Set(
  [
    'hash_bang_line identifier property_identifier private_property_identifier shorthand_property_identifier',
    'shorthand_property_identifier_pattern number string regex super true false null undefined import',
    'meta_property jsx_text html_character_reference import_statement',
    // TypeScript: types, and declarations without runtime code (overloads and abstract members have no body).
    'type_annotation opting_type_annotation omitting_type_annotation adding_type_annotation asserts_annotation',
    'type_predicate_annotation type_arguments type_parameters type_identifier implements_clause',
    'interface_declaration type_alias_declaration ambient_declaration function_signature method_signature',
    'abstract_method_signature index_signature property_signature call_signature construct_signature',
    'predefined_type generic_type object_type union_type intersection_type function_type constructor_type',
    'array_type tuple_type readonly_type type_query index_type_query lookup_type literal_type conditional_type',
    'infer_type template_literal_type parenthesized_type existential_type flow_maybe_type nested_type_identifier',
    'this_type type_predicate asserts accessibility_modifier override_modifier',
  ].flatMap((line) => line.split(' ')),
);

function categoryOfType(type: string, named: boolean): Category {
  if (!named) return categoryByToken.get(type) ?? Category.Skip;
  return categoryByType.get(type) ?? (skippedTypes.has(type) ? Category.Skip : Category.Plain);
}

/** Categories by node type id for one grammar, filled as the walk meets each type. */
export class CategoryTable {
  private readonly byTypeId: Category[] = [];

  of(cursor: Parser.TreeCursor): Category {
    const id = cursor.nodeTypeId;
    const known = this.byTypeId[id];
    if (known !== undefined) return known;
    const category = categoryOfType(cursor.nodeType, cursor.nodeIsNamed);
    this.byTypeId[id] = category;
    return category;
  }
}
