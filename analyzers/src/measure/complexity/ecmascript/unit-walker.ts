import type Parser from 'tree-sitter';
import {
  describeField,
  describeFunction,
  describeMethod,
  describeStaticBlock,
  type UnitSpan,
} from './describe-unit.ts';
import { FieldRole, type FieldRoleTable } from './field-role.ts';
import type { LogicalChain } from './logical-chain.ts';
import { Category, type CategoryTable } from './node-category.ts';
import { UnitScores } from './unit-scores.ts';

type SyntaxNode = Parser.SyntaxNode;

const functionTypes = new Set([
  'function_declaration',
  'generator_function_declaration',
  'function_expression',
  'generator_function',
  'arrow_function',
]);

export function withoutParens(node: SyntaxNode): SyntaxNode {
  let inner = node;
  while (inner.type === 'parenthesized_expression') {
    const child = inner.namedChildren.find((c) => c.type !== 'comment');
    if (!child) break;
    inner = child;
  }
  return inner;
}

export function isFunctionNode(node: SyntaxNode): boolean {
  return functionTypes.has(node.type);
}

/**
 * The cursor walk and the units it opens: functions, methods, class field initializers and static
 * blocks, each measured apart from the unit around it, as ESLint's code paths are. What the code in
 * a unit scores is the subclass's business (`dispatch`). Positions and parameters come from the
 * cursor; only names need the node objects, which cost far more per call.
 */
export abstract class UnitWalker {
  protected readonly scores = new UnitScores();

  constructor(
    protected readonly cursor: Parser.TreeCursor,
    protected readonly categories: CategoryTable,
    protected readonly roles: FieldRoleTable,
  ) {}

  /** Visits the node under the cursor, whose category is given, and leaves the cursor on it. */
  protected abstract dispatch(category: Category, chain: LogicalChain | null, insideJsx: boolean): void;

  protected visit(chain: LogicalChain | null = null, insideJsx = false): void {
    this.dispatch(this.categories.of(this.cursor), chain, insideJsx);
  }

  protected visitChildren(chain: LogicalChain | null = null, insideJsx = false): void {
    const cursor = this.cursor;
    if (!cursor.gotoFirstChild()) return;
    do this.dispatch(this.categories.of(cursor), chain, insideJsx);
    while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }

  private span(): UnitSpan {
    return { start: this.cursor.startPosition, end: this.cursor.endPosition };
  }

  protected visitFunction(): void {
    const cursor = this.cursor;
    const metrics = describeFunction(cursor.currentNode, this.span(), this.scores.enclosingName);
    const enclosing = this.scores.open(metrics, true);
    const isArrow = metrics.kind === 'arrow';
    if (cursor.gotoFirstChild()) {
      do {
        if (isArrow && this.roles.of(cursor) === FieldRole.SingleParameter) metrics.params = 1;
        this.visit();
      } while (cursor.gotoNextSibling());
      cursor.gotoParent();
    }
    this.scores.close(enclosing);
  }

  /** Decorators and a computed key belong to the code around the method; the rest is its function. */
  protected visitMethod(): void {
    const cursor = this.cursor;
    const method = cursor.currentNode;
    const end = cursor.endPosition;
    let accessorKind: 'getter' | 'setter' | null = null;
    let enclosing = null;
    if (!cursor.gotoFirstChild()) return;
    do {
      const category = this.categories.of(cursor);
      if (category === Category.Getter) accessorKind = 'getter';
      if (category === Category.Setter) accessorKind = 'setter';
      if (enclosing === null && this.roles.of(cursor) === FieldRole.Parameters) {
        const span = { start: cursor.startPosition, end };
        enclosing = this.scores.open(
          describeMethod(method, span, accessorKind, this.scores.enclosingName),
          true,
        );
      }
      this.dispatch(category, null, false);
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
    if (enclosing) this.scores.close(enclosing);
  }

  /** Counts the parameters of the unit being walked, less TypeScript's `this` parameter. */
  protected visitParameters(): void {
    const cursor = this.cursor;
    if (!cursor.gotoFirstChild()) return;
    let count = 0;
    do {
      const category = this.categories.of(cursor);
      if (category === Category.TypedParameter) {
        if (!this.visitTypedParameter()) count += 1;
      } else if (category !== Category.Punctuation && category !== Category.Comment) {
        count += 1;
        this.dispatch(category, null, false);
      }
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
    this.scores.setParameters(count);
  }

  /** A TypeScript parameter; one with a default (`x: T = 1`) is ESTree's AssignmentPattern: +1. */
  protected visitTypedParameter(): boolean {
    const cursor = this.cursor;
    let isThis = false;
    if (!cursor.gotoFirstChild()) return false;
    do {
      const category = this.categories.of(cursor);
      if (category === Category.Equals) this.scores.addCyclomatic();
      else if (category === Category.This) isThis = true;
      else this.dispatch(category, null, false);
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
    return isThis;
  }

  /** An `accessor` field's initializer is not a unit for ESLint: it counts for the code around it. */
  protected visitField(): void {
    const cursor = this.cursor;
    let isAccessor = false;
    if (!cursor.gotoFirstChild()) return;
    do {
      const category = this.categories.of(cursor);
      if (category === Category.Accessor) isAccessor = true;
      if (!isAccessor && this.roles.of(cursor) === FieldRole.Value) this.visitFieldInitializer(category);
      else this.dispatch(category, null, false);
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }

  /**
   * ESLint measures every initializer; we keep those with logic of their own (cyclomatic above 1):
   * `count = 0` or `handler = () => …` (whose function is the unit, named after the field) are not
   * units.
   */
  private visitFieldInitializer(category: Category): void {
    if (category === Category.Function) return this.visitFunction();
    const value = this.cursor.currentNode;
    let span = this.span();
    if (category === Category.Parenthesized) {
      const initializer = withoutParens(value);
      if (isFunctionNode(initializer)) return this.visitChildren();
      span = { start: initializer.startPosition, end: initializer.endPosition };
    }
    if (!value.parent) return this.dispatch(category, null, false);
    const enclosing = this.scores.open(describeField(value.parent, span, this.scores.enclosingName), false);
    this.dispatch(category, null, false);
    this.scores.close(enclosing, (field) => field.cyclomatic > 1);
  }

  protected visitStaticBlock(): void {
    const metrics = describeStaticBlock(this.cursor.currentNode, this.span(), this.scores.enclosingName);
    const enclosing = this.scores.open(metrics, false);
    this.visitChildren();
    this.scores.close(enclosing);
  }
}
