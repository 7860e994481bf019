import type Parser from 'tree-sitter';

/** The grammar fields the walk needs to tell apart: where nesting starts and where a unit begins. */
export const FieldRole = {
  Other: 0,
  Consequence: 1,
  Alternative: 2,
  Body: 3,
  Parameters: 4,
  Value: 5,
  SingleParameter: 6,
} as const;
export type FieldRole = (typeof FieldRole)[keyof typeof FieldRole];

const roleByName = new Map<string, FieldRole>([
  ['consequence', FieldRole.Consequence],
  ['alternative', FieldRole.Alternative],
  ['body', FieldRole.Body],
  // A method's function starts at its type parameters when it has some, else at its parameters.
  ['type_parameters', FieldRole.Parameters],
  ['parameters', FieldRole.Parameters],
  ['value', FieldRole.Value],
  // An arrow's parameter written without parentheses: `x => x`.
  ['parameter', FieldRole.SingleParameter],
]);

/** Field roles by field id for one grammar, filled as the walk meets each field. */
export class FieldRoleTable {
  private readonly byFieldId: FieldRole[] = [];

  of(cursor: Parser.TreeCursor): FieldRole {
    const id = cursor.currentFieldId;
    if (id === 0) return FieldRole.Other;
    const known = this.byFieldId[id];
    if (known !== undefined) return known;
    const role = roleByName.get(cursor.currentFieldName) ?? FieldRole.Other;
    this.byFieldId[id] = role;
    return role;
  }
}
