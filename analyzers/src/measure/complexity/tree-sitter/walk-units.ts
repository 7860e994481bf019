import type { Tree, TreeCursor } from 'tree-sitter';
import type { FunctionMetrics } from '../../types.ts';
import { visitCognitive } from './cognitive-roles.ts';
import { callsItself, openFrame, type Frame } from './function-frame.ts';
import { Landmarks } from './landmarks.ts';
import type { CalleeOf, CursorContainerRule, CursorUnitRule, Scope, UnitSite } from './language-rules.ts';
import type { NodeType, NodeTypeTable } from './node-type-table.ts';

/** A run of boolean operators: the last operator seen, so a change of operator starts a new run. */
export interface LogicalRun {
  last: string | null;
}

/** Everything the walk knows about the node it is on. */
export interface Context {
  frame: Frame | null;
  scope: Scope;
  nesting: number;
  run: LogicalRun | null;
  /** This `if` continues an else-if chain: +1 without the nesting increment. */
  elseIf: boolean;
}

const fileScope: Scope = { prefix: '', enclosing: 'file', inUnit: false, container: null };
/** The parent of the tree's root. */
const root: NodeType = { type: '', named: true, header: false, probe: false, probes: 0, skips: 0 };

/** A node whose children are still to be walked, and the context each of them gets. */
interface Pending {
  node: NodeType;
  contextFor: Context | ((child: NodeType) => Context | null);
  onExit: (() => void) | null;
  /** The function the node itself is in: its name's mentions keep a subtree from being skipped. */
  frame: Frame | null;
  started: boolean;
  inside: boolean;
}

/**
 * One depth-first walk over the tree with a cursor (node objects cost ~5x more), measuring every
 * function the language's rules report. Functions come out in source order, outer before inner.
 * The walk keeps its own stack: generated code nests expressions thousands deep.
 */
export function walkUnits(tree: Tree, source: string, types: NodeTypeTable): FunctionMetrics[] {
  const pattern = types.rules.landmarks;
  const landmarks = pattern === undefined ? null : new Landmarks(source, pattern);
  const walker = new UnitWalker(tree.walk(), source, types, landmarks);
  const start: Context = { frame: null, scope: fileScope, nesting: 0, run: null, elseIf: false };
  walker.visit(start, types.at(walker.cursor), root);
  walker.finish();
  return walker.functions;
}

export class UnitWalker implements UnitSite {
  readonly functions: FunctionMetrics[] = [];
  /** The walk's stack; entries are reused as it goes up and down, to spare the collector. */
  private readonly pending: Pending[] = [];
  private depth = 0;
  /** The function of the node being visited. */
  private frame: Frame | null = null;

  constructor(
    readonly cursor: TreeCursor,
    readonly source: string,
    readonly types: NodeTypeTable,
    private readonly landmarks: Landmarks | null = null,
  ) {}

  /** Measures the node under the cursor, of type `node`, whose parent is of type `parent`. */
  visit(ctx: Context, node: NodeType, parent: NodeType): void {
    if (node.leaf) {
      if (ctx.frame !== null && node.decision !== undefined) this.countToken(ctx.frame, node, parent);
      return;
    }
    if (ctx.frame?.mayRecurse && node.callee !== undefined) this.checkRecursion(ctx.frame, node.callee);
    this.frame = ctx.frame;
    if (node.unit !== undefined && this.mayBeUnit(node, parent) && this.visitUnit(ctx, node, node.unit))
      return;
    if (node.container !== undefined && this.visitContainer(ctx, node, node.container)) return;
    if (node.role !== undefined) visitCognitive(this, ctx, node, parent);
    else this.visitChildren(node, plain(ctx));
  }

  /**
   * Walks the children of the node under the cursor next, each with the context `contextFor`
   * gives while the cursor is on it; a child it gives null for is skipped, subtree and all.
   * `onExit` runs after the last child.
   */
  visitChildren(node: NodeType, contextFor: Pending['contextFor'], onExit: (() => void) | null = null): void {
    const entry = { node, contextFor, onExit, frame: this.frame, started: false, inside: false };
    const reused = this.pending[this.depth];
    if (reused === undefined) this.pending.push(entry);
    else Object.assign(reused, entry);
    this.depth += 1;
  }

  /** Walks everything `visitChildren` has scheduled. */
  finish(): void {
    const { cursor, pending } = this;
    for (let top = pending[this.depth - 1]; top !== undefined; top = pending[this.depth - 1]) {
      if (this.nextChild(top)) {
        const child = this.types.at(cursor);
        const ctx = typeof top.contextFor === 'function' ? top.contextFor(child) : top.contextFor;
        if (ctx !== null) this.visit(ctx, child, top.node);
        continue;
      }
      if (top.inside) cursor.gotoParent();
      this.depth -= 1;
      top.onExit?.();
    }
  }

  private nextChild(top: Pending): boolean {
    if (top.started) return this.cursor.gotoNextSibling();
    top.started = true;
    top.inside = this.mayHoldAnything(top) && this.cursor.gotoFirstChild();
    return top.inside;
  }

  private mayHoldAnything(top: Pending): boolean {
    return this.landmarks === null || this.landmarks.mayHold(this.cursor, top.node, top.frame);
  }

  /** lizard counts tokens; a token inserted by error recovery is not in the source. */
  private countToken(frame: Frame, token: NodeType, parent: NodeType): void {
    if (token.decision?.(parent.type, this.cursor) && !this.cursor.nodeIsMissing) {
      frame.metrics.cyclomatic += 1;
    }
  }

  private checkRecursion(frame: Frame, calleeOf: CalleeOf): void {
    if (!this.mentions(frame.simpleName)) return;
    if (callsItself(frame, calleeOf(this.cursor.currentNode))) frame.recursive = true;
  }

  /**
   * Whether the text of the node under the cursor holds `name`. A call of the function names it
   * (the callee is text inside the call), and reading the call's node objects costs far more.
   */
  private mentions(name: string): boolean {
    const at = this.source.indexOf(name, this.cursor.startIndex);
    return at !== -1 && at < this.cursor.endIndex;
  }

  private mayBeUnit(node: NodeType, parent: NodeType): boolean {
    return node.unitGate === undefined || node.unitGate(this.cursor, this.source, parent.type);
  }

  private visitUnit(ctx: Context, node: NodeType, rule: CursorUnitRule): boolean {
    const info = rule(this, ctx.scope);
    if (info === null) return false;
    const frame = openFrame(this.cursor, this.source, info, ctx.scope, this.types.rules.selfReceivers);
    this.functions.push(frame.metrics);
    const scope: Scope = {
      prefix: `${frame.metrics.name}/`,
      enclosing: 'unit',
      inUnit: true,
      container: null,
    };
    const body: Context = { frame, scope, nesting: 0, run: null, elseIf: false };
    // lizard's C-like readers restart the count at the body: the signature does not count.
    const signature: Context = { ...body, frame: null };
    const contextFor = this.types.rules.bodyOnly
      ? () => (this.types.field(this.cursor) === 'body' ? body : signature)
      : body;
    // Campbell: +1 for each method in a recursion cycle (only direct recursion is detected).
    const addRecursion = () => {
      if (frame.recursive) frame.metrics.cognitive += 1;
    };
    this.visitChildren(node, contextFor, addRecursion);
    return true;
  }

  private visitContainer(ctx: Context, node: NodeType, rule: CursorContainerRule): boolean {
    const name = rule(this);
    if (name === null) return false;
    const scope: Scope = {
      prefix: `${ctx.scope.prefix}${name}.`,
      enclosing: 'container',
      inUnit: ctx.scope.inUnit,
      container: { type: node.type, name },
    };
    this.visitChildren(node, { ...plain(ctx), scope });
    return true;
  }
}

/** The context for a child that has no special meaning: the same function, nesting and scope. */
export function plain(ctx: Context): Context {
  return ctx.run === null && !ctx.elseIf ? ctx : { ...ctx, run: null, elseIf: false };
}
