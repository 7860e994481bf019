import type { SyntaxNode, TreeCursor } from 'tree-sitter';
import type { NodeTypeTable } from './node-type-table.ts';

/**
 * The per-language table that drives the one generic walk (walk-units.ts). Each language module
 * fills one of these from its grammar's node types; nothing else in the walk knows a language.
 */
export interface LanguageRules {
  /**
   * The tokens lizard counts for cyclomatic complexity, with a test on where the token sits. lizard
   * counts tokens, so the walk counts grammar leaves of these types (`else if` is one `if`).
   */
  decisionTokens: ReadonlyMap<string, TokenTest>;
  /** Node types that may be a reported function; the rule says whether and what it is. */
  units: ReadonlyMap<string, UnitRule>;
  /** Node types that qualify the names inside them (classes, impls, namespaces...). */
  containers: ReadonlyMap<string, ContainerRule>;
  /** What each node type means to cognitive complexity. */
  cognitive: ReadonlyMap<string, CognitiveRole>;
  /** Boolean operators whose sequences cognitive complexity counts (`&&`, `||`, `and`, `or`). */
  logicalOperators: ReadonlySet<string>;
  /** Children of a `break`/`continue` node that make it a jump to a label (`break outer`). */
  jumpLabels: ReadonlySet<string>;
  /** Children of a structure that belong to its header (not nested), by node type. */
  headerTypes: ReadonlySet<string>;
  /** Call node types, and how to find who they call (for recursion). */
  calls: ReadonlyMap<string, CalleeOf>;
  /** Receivers that mean "this object" in a call: `self`, `this`, `$this`... */
  selfReceivers: ReadonlySet<string>;
  /**
   * Only the function's `body` field is measured. lizard's C-like readers (C, C++, Java, C#) reset
   * a function's count when its body opens, so decisions in default arguments, member initializer
   * lists and annotations do not count; its other readers count from the `def`/`fn`/`func`.
   */
  bodyOnly: boolean;
  /**
   * Optional: matches (at least) every place in the source where a node the walk acts on can sit:
   * each decision token and the text each node with a role, unit or container rule always holds.
   * With it the walk skips the subtrees that hold no match, which are most of a file. Leave it
   * out when no such text is known for a grammar.
   */
  landmarks?: RegExp;
  /**
   * Optional cheap tests, by unit node type, that must pass for the unit rule to report a function:
   * the rule reads node objects, which cost far more than the cursor.
   */
  unitGates?: ReadonlyMap<string, UnitGate>;
  /** Unit rules that read the node with the cursor alone; they win over `units`. */
  cursorUnits?: ReadonlyMap<string, CursorUnitRule>;
  /** Container rules that read the node with the cursor alone; they win over `containers`. */
  cursorContainers?: ReadonlyMap<string, CursorContainerRule>;
}

/** Whether a decision token counts, given its parent's node type. */
export type TokenTest = (parentType: string, cursor: TreeCursor) => boolean;

export const anywhere: TokenTest = () => true;

/** A token that counts only as a child of these node types (`?` of a ternary, not of `int?`). */
export function under(...parentTypes: string[]): TokenTest {
  const parents = new Set(parentTypes);
  return (parentType) => parents.has(parentType);
}

/** The decision-token table from `[token, test]` pairs, or from bare tokens that count anywhere. */
export function tokenTable(entries: (string | [string, TokenTest])[]): ReadonlyMap<string, TokenTest> {
  return new Map(entries.map((entry) => (typeof entry === 'string' ? [entry, anywhere] : entry)));
}

/** Where a declaration sits: what its name is prefixed with and what encloses it. */
export interface Scope {
  /** `Outer.Inner.` inside classes, `outer/` inside a function, '' at file level. */
  prefix: string;
  /** The innermost enclosing declaration. */
  enclosing: 'file' | 'container' | 'unit';
  /** True anywhere inside a reported function, however deep. */
  inUnit: boolean;
  /** The innermost enclosing class-like container, when `enclosing` is 'container'. */
  container: { type: string; name: string } | null;
}

/** A reported function, as its language rule describes it. */
export interface UnitInfo {
  /** The name under the scope prefix: `method`, `Receiver.method` (Go), `Class.method` (C++). */
  name: string;
  /** The bare name a recursive call would use; '' when the function has none. */
  simpleName: string;
  kind: string;
  params: number;
  /** Receivers besides the language's own that mean "this object" (a Go receiver's name). */
  selfNames?: string[];
}

export type UnitRule = (node: SyntaxNode, scope: Scope) => UnitInfo | null;

/** What a cursor unit rule reads: the cursor on the unit, which it must leave there. */
export interface UnitSite {
  readonly cursor: TreeCursor;
  readonly source: string;
  readonly types: NodeTypeTable;
}

export type CursorUnitRule = (site: UnitSite, scope: Scope) => UnitInfo | null;

/** False when the node under the cursor, whose parent is of type `parentType`, is surely no unit. */
export type UnitGate = (cursor: TreeCursor, source: string, parentType: string) => boolean;

/** The container's name, or null when the node does not qualify names after all. */
export type ContainerRule = (node: SyntaxNode) => string | null;

export type CursorContainerRule = (site: UnitSite) => string | null;

/** The callee of a call node: the called name and the receiver text, if any. */
export type CalleeOf = (call: SyntaxNode) => { name: string; receiver: string | null } | null;

/**
 * Roles for cognitive complexity (G. Ann Campbell, "Cognitive Complexity", SonarSource):
 * - if: +1, plus the nesting level unless it continues an else-if chain; nests its branches.
 * - else-if: a separate else-if clause (`elif`, `elsif`, `elseif`): +1, nests its body.
 * - else: an else clause of an if: +1 and nests, or hands over to the lone `if` it wraps (`else if`).
 * - else-body: an else clause that never wraps an else-if (Ruby): +1 and nests.
 * - structure: loops, switch/match, catch, ternary: +1 plus nesting; nests all but its header.
 * - nest: lambdas and closures measured as part of the enclosing function: nesting + 1.
 * - jump: goto always, break/continue to a label: +1.
 * - logical: a binary expression; each run of like boolean operators adds 1.
 * - group: parentheses, which a run of boolean operators continues through.
 * - directive: a preprocessor `#if`/`#elif`, whose condition lizard reads as part of one token
 *   (so its `&&` does not count) and which is free for cognitive complexity.
 */
export type CognitiveRole =
  'if' | 'else-if' | 'else' | 'else-body' | 'structure' | 'nest' | 'jump' | 'logical' | 'group' | 'directive';

/** Field names that hold a structure's header: evaluated at the structure's own nesting level. */
export const headerFields: ReadonlySet<string> = new Set([
  'condition',
  'initializer',
  'init',
  'initialize',
  'update',
  'value',
  'subject',
  'left',
  'right',
  'alias',
  'pattern',
  'type',
  'name',
  'declarator',
  'parameters',
  'exceptions',
  'variable',
]);
