import type { NodeType } from './node-type-table.ts';
import { plain, type Context, type UnitWalker } from './walk-units.ts';

const commentTypes = new Set(['comment', 'line_comment', 'block_comment']);

/**
 * Cognitive complexity per Campbell's specification: structural increments (+1 plus the nesting
 * level), hybrid increments for else/else-if (+1, no nesting penalty), fundamental increments for
 * jumps and boolean-operator runs. The cursor is on `node`, which has a role.
 */
export function visitCognitive(walker: UnitWalker, ctx: Context, node: NodeType, parent: NodeType): void {
  switch (node.role) {
    case 'if':
      add(ctx, ctx.elseIf ? 1 : 1 + ctx.nesting);
      return visitBranches(walker, ctx, node);
    case 'else-if':
      add(ctx, 1);
      return visitBranches(walker, ctx, node);
    case 'else':
    case 'else-body':
      return visitElse(walker, ctx, node, parent);
    case 'structure':
      add(ctx, 1 + ctx.nesting);
      return visitStructure(walker, ctx, node);
    case 'nest':
      return walker.visitChildren(node, nested(ctx));
    case 'jump':
      if (node.type === 'goto_statement' || hasChildOfType(walker, walker.types.rules.jumpLabels))
        add(ctx, 1);
      return walker.visitChildren(node, plain(ctx));
    case 'logical':
      return visitLogical(walker, ctx, node);
    case 'group':
      return walker.visitChildren(node, { ...ctx, elseIf: false });
    case 'directive':
      return walker.visitChildren(node, () =>
        walker.types.field(walker.cursor) === 'condition' ? null : plain(ctx),
      );
    case undefined:
      return walker.visitChildren(node, plain(ctx));
  }
}

function add(ctx: Context, increment: number): void {
  if (ctx.frame !== null) ctx.frame.metrics.cognitive += increment;
}

function nested(ctx: Context): Context {
  return { ...ctx, nesting: ctx.nesting + 1, run: null, elseIf: false };
}

function isHeader(walker: UnitWalker, child: NodeType): boolean {
  return child.header || walker.types.inHeaderField(walker.cursor);
}

/** A loop, switch, catch or ternary: its header stays at its level, the rest nests. */
function visitStructure(walker: UnitWalker, ctx: Context, node: NodeType): void {
  const header = plain(ctx);
  const body = nested(ctx);
  walker.visitChildren(node, (child) => (isHeader(walker, child) ? header : body));
}

/**
 * The branches of an if: the condition stays at the if's level, the bodies nest, and the
 * `alternative` continues the chain at the if's level. An alternative that is neither an if nor
 * an else clause is a bare else body (Java, C#, Go): +1 for the else, and it nests.
 */
function visitBranches(walker: UnitWalker, ctx: Context, node: NodeType): void {
  const chain = plain(ctx);
  const body = nested(ctx);
  walker.visitChildren(node, (child) => {
    if (walker.types.field(walker.cursor) !== 'alternative') return isHeader(walker, child) ? chain : body;
    if (child.role === 'if') return { ...chain, elseIf: true };
    if (child.role === 'else' || child.role === 'else-if' || child.role === 'else-body') return chain;
    add(ctx, 1);
    return body;
  });
}

/**
 * An else clause counts only under an if (Python's for/while/try also have one). One that wraps
 * nothing but an if is the first half of `else if`: the if takes the +1 as an else-if.
 */
function visitElse(walker: UnitWalker, ctx: Context, node: NodeType, parent: NodeType): void {
  if (parent.role !== 'if' && parent.role !== 'else-if') return walker.visitChildren(node, plain(ctx));
  if (node.role === 'else' && wrapsOnlyAnIf(walker)) {
    return walker.visitChildren(node, { ...plain(ctx), elseIf: true });
  }
  add(ctx, 1);
  walker.visitChildren(node, nested(ctx));
}

function wrapsOnlyAnIf(walker: UnitWalker): boolean {
  const cursor = walker.cursor;
  const statements: NodeType[] = [];
  if (cursor.gotoFirstChild()) {
    do {
      const child = walker.types.at(cursor);
      if (child.named && !commentTypes.has(child.type)) statements.push(child);
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }
  return statements.length === 1 && statements[0]?.role === 'if';
}

function hasChildOfType(walker: UnitWalker, types: ReadonlySet<string>): boolean {
  const cursor = walker.cursor;
  let found = false;
  if (cursor.gotoFirstChild()) {
    do {
      found ||= types.has(walker.types.at(cursor).type);
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }
  return found;
}

/**
 * A binary expression. If its operator is a boolean one, it joins (or starts) a run; the operators
 * are met in source order, so `a && b || c && d` is three runs and `a && (b && c)` one.
 */
function visitLogical(walker: UnitWalker, ctx: Context, node: NodeType): void {
  const operators = walker.types.rules.logicalOperators;
  const run = hasChildOfType(walker, operators) ? (ctx.run ?? { last: null }) : null;
  const operand: Context = { ...ctx, run, elseIf: false };
  walker.visitChildren(node, (child) => {
    if (run !== null && !child.named && operators.has(child.type)) {
      if (run.last !== child.type) add(ctx, 1);
      run.last = child.type;
    }
    return operand;
  });
}
