import type { FunctionMetrics } from '../../types.ts';
import { FieldRole } from './field-role.ts';
import { isLogicalOperator, LogicalChain } from './logical-chain.ts';
import { Category } from './node-category.ts';
import { isFunctionNode, UnitWalker, withoutParens } from './unit-walker.ts';

/**
 * One depth-first pass with a single cursor that scores every unit at once: ESLint's classic
 * cyclomatic complexity and sonarjs's cognitive complexity. Node types are looked up by id, so the
 * walk allocates only for units and for `&&`/`||`/`??` trees.
 */
export class ComplexityWalker extends UnitWalker {
  /** Walks the whole tree (the cursor starts at its root) and returns the units in source order. */
  measure(): FunctionMetrics[] {
    this.visitChildren();
    return this.scores.finished.sort((a, b) => a.startLine - b.startLine || a.startColumn - b.startColumn);
  }

  /** `chain` and `insideJsx` reach a node only through parentheses, as ESTree (which has none) sees it. */
  protected dispatch(category: Category, chain: LogicalChain | null, insideJsx: boolean): void {
    switch (category) {
      case Category.Plain:
      case Category.Else:
        return this.visitChildren();
      case Category.Parenthesized:
        return this.visitChildren(chain, insideJsx);
      case Category.JsxExpression:
        return this.visitChildren(null, true);
      case Category.Binary:
        return this.visitBinary(chain, insideJsx);
      case Category.Ternary:
        chain?.markConditionalOperand();
        return this.visitBranching(FieldRole.Consequence, FieldRole.Alternative);
      case Category.If:
        return this.visitIf(false);
      case Category.Loop:
      case Category.Catch:
        return this.visitBranching(FieldRole.Body, FieldRole.Body);
      case Category.Switch:
        this.scores.addStructural();
        return this.visitChildren();
      case Category.SwitchCase:
        this.scores.addCyclomatic();
        return this.visitNestedChildren();
      case Category.SwitchDefault:
        return this.visitNestedChildren();
      case Category.DefaultValue:
        this.scores.addCyclomatic();
        return this.visitChildren();
      case Category.LogicalAssignment:
      case Category.OptionalChain:
        return this.scores.addCyclomatic();
      default:
        return this.visitUnitOrJump(category);
    }
  }

  private visitUnitOrJump(category: Category): void {
    switch (category) {
      case Category.Function:
        return this.visitFunction();
      case Category.Method:
        return this.visitMethod();
      case Category.Field:
        return this.visitField();
      case Category.StaticBlock:
        return this.visitStaticBlock();
      case Category.Parameters:
        return this.visitParameters();
      case Category.TypedParameter:
        this.visitTypedParameter();
        return;
      case Category.Jump:
        return this.visitJump();
      default:
        return; // tokens, comments, identifiers, literals, types
    }
  }

  /** `if`: cyclomatic +1; cognitive +1 plus nesting, or a flat +1 for an `else if`. */
  private visitIf(isElseIf: boolean): void {
    this.scores.addCyclomatic();
    if (isElseIf) this.scores.addFlat(1);
    else this.scores.addStructural();
    const cursor = this.cursor;
    if (!cursor.gotoFirstChild()) return;
    do {
      const category = this.categories.of(cursor);
      if (category === Category.Else) this.visitElse();
      else if (this.roles.of(cursor) === FieldRole.Consequence) this.visitNested(category);
      else this.dispatch(category, null, false);
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }

  /** `else if` continues the chain unnested; a plain `else` scores a flat +1 and nests its body. */
  private visitElse(): void {
    const cursor = this.cursor;
    if (!cursor.gotoFirstChild()) return;
    do {
      const category = this.categories.of(cursor);
      if (category === Category.If) {
        this.visitIf(true);
      } else if (category !== Category.Skip && category !== Category.Comment) {
        // the statement after `else`, which is no `if`
        this.scores.addFlat(1);
        this.visitNested(category);
      }
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }

  /** Loops, `catch` and `?:`: +1 each way, and the children in the given fields nest. */
  private visitBranching(nestedRole: FieldRole, otherNestedRole: FieldRole): void {
    this.scores.addCyclomatic();
    this.scores.addStructural();
    const cursor = this.cursor;
    if (!cursor.gotoFirstChild()) return;
    do {
      const category = this.categories.of(cursor);
      const role = this.roles.of(cursor);
      if (role === nestedRole || role === otherNestedRole) this.visitNested(category);
      else this.dispatch(category, null, false);
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }

  /**
   * sonarjs raises the nesting when it enters a nesting node and lowers it on leaving, but when that
   * node is itself a function (`c ? () => a : b`) the lowering hits the inner function's counter,
   * so the enclosing function stays one level deeper until it ends. We reproduce that.
   */
  private visitNested(category: Category): void {
    this.scores.enterNesting();
    const stuck = this.isFunctionThroughParens(category);
    this.dispatch(category, null, false);
    if (!stuck) this.scores.exitNesting();
  }

  private visitNestedChildren(): void {
    this.scores.enterNesting();
    this.visitChildren();
    this.scores.exitNesting();
  }

  private isFunctionThroughParens(category: Category): boolean {
    if (category === Category.Function) return true;
    return category === Category.Parenthesized && isFunctionNode(withoutParens(this.cursor.currentNode));
  }

  /** `&&`, `||`, `??`: +1 cyclomatic each; cognitive per connected tree, scored at its root. */
  private visitBinary(chain: LogicalChain | null, insideJsx: boolean): void {
    const operator = this.peekOperator();
    if (!isLogicalOperator(operator)) return this.visitChildren();
    this.scores.addCyclomatic();
    chain?.join(operator);
    const tree = chain ?? new LogicalChain(operator, insideJsx);
    const cursor = this.cursor;
    if (!cursor.gotoFirstChild()) return;
    do {
      const category = this.categories.of(cursor);
      if (category === operator) tree.read(operator);
      else this.dispatch(category, tree, false);
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
    if (!chain) this.scores.addFlat(tree.cognitive);
  }

  /** The category of a binary expression's operator: the first child after the left operand that is no comment. */
  private peekOperator(): Category {
    const cursor = this.cursor;
    let operator: Category = Category.Plain;
    if (!cursor.gotoFirstChild()) return operator;
    while (cursor.gotoNextSibling()) {
      operator = this.categories.of(cursor);
      if (operator !== Category.Comment) break;
    }
    cursor.gotoParent();
    return operator;
  }

  /** `break label` and `continue label`: cognitive +1. */
  private visitJump(): void {
    const cursor = this.cursor;
    if (!cursor.gotoFirstChild()) return;
    do if (this.categories.of(cursor) === Category.Label) this.scores.addFlat(1);
    while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }
}
