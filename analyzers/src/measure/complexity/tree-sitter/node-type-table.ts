import type { TreeCursor } from 'tree-sitter';
import {
  headerFields,
  type CalleeOf,
  type CognitiveRole,
  type ContainerRule,
  type CursorContainerRule,
  type LanguageRules,
  type TokenTest,
  type UnitGate,
  type CursorUnitRule,
  type UnitRule,
} from './language-rules.ts';

/** What the walk needs to know about one grammar symbol, looked up once per symbol. */
export interface NodeType {
  type: string;
  /** Anonymous nodes are tokens: in these grammars none holds anything the walk counts. */
  named: boolean;
  decision?: TokenTest | undefined;
  role?: CognitiveRole | undefined;
  unit?: CursorUnitRule | undefined;
  unitGate?: UnitGate | undefined;
  container?: CursorContainerRule | undefined;
  callee?: CalleeOf | undefined;
  /** A child of this type is part of a structure's header (`for_clause`, `catch_declaration`). */
  header: boolean;
  /** A token or a named token (identifier, literal, comment): nothing inside to walk. */
  leaf?: boolean;
  /**
   * Worth asking whether its subtree holds a landmark (landmarks.ts): not for types declared with
   * no named children (they hold a token or two, when anything), and, as the walk learns, not for
   * types whose subtrees almost always hold one (a Ruby `method` holds its `def`).
   */
  probe: boolean;
  probes: number;
  skips: number;
}

/** The type's unit rule, made to read the cursor's node when it is written for node objects. */
function unitRule(rules: LanguageRules, type: string): CursorUnitRule | undefined {
  const cursorRule = rules.cursorUnits?.get(type);
  if (cursorRule !== undefined) return cursorRule;
  const rule: UnitRule | undefined = rules.units.get(type);
  return rule && ((site, scope) => rule(site.cursor.currentNode, scope));
}

/** The type's container rule, made to read the cursor's node when written for node objects. */
function containerRule(rules: LanguageRules, type: string): CursorContainerRule | undefined {
  const cursorRule = rules.cursorContainers?.get(type);
  if (cursorRule !== undefined) return cursorRule;
  const rule: ContainerRule | undefined = rules.containers.get(type);
  return rule && ((site) => rule(site.cursor.currentNode));
}

interface NodeTypeInfo {
  type: string;
  named: boolean;
  fields?: Record<string, unknown>;
  children?: unknown;
  subtypes?: unknown;
}

function hasNoNamedChildren(info: NodeTypeInfo): boolean {
  const noFields = info.fields === undefined || Object.keys(info.fields).length === 0;
  return info.named && noFields && info.children === undefined && info.subtypes === undefined;
}

/**
 * The language's rules indexed by the grammar's numeric symbol and field ids. Reading an id from
 * the cursor costs a fraction of reading the type's name, and the walk reads one per node.
 * Ids belong to a grammar, so each parser has its own table (C and C++ share rules, not ids).
 */
export class NodeTypeTable {
  private readonly types: (NodeType | undefined)[] = [];
  private readonly fieldNames: (string | undefined)[] = [];

  /** Named types the grammar declares as tokens: no fields, children or subtypes. */
  private readonly namedTokens: ReadonlySet<string>;
  /** Named types with no named children: tokens, or nodes made of tokens only. */
  private readonly childless: ReadonlySet<string>;

  /**
   * `nodeTypeInfo` is the grammar's node-types.json. Its typing promises `fields` on every entry,
   * but tokens have none, so entries are read as plain `{ type, named }` objects.
   */
  constructor(
    readonly rules: LanguageRules,
    nodeTypeInfo: readonly NodeTypeInfo[] = [],
  ) {
    const tokens = nodeTypeInfo.filter((info) => info.named && !('fields' in info) && !('subtypes' in info));
    this.namedTokens = new Set(tokens.map((info) => info.type));
    this.childless = new Set(nodeTypeInfo.filter(hasNoNamedChildren).map((info) => info.type));
  }

  at(cursor: TreeCursor): NodeType {
    const id = cursor.nodeTypeId;
    return this.types[id] ?? (this.types[id] = this.learn(cursor));
  }

  /** The name of the field the cursor's node fills in its parent, if any. */
  field(cursor: TreeCursor): string | null {
    const id = cursor.currentFieldId;
    if (id === 0) return null;
    return this.fieldNames[id] ?? (this.fieldNames[id] = cursor.currentFieldName);
  }

  /** Whether the cursor's node sits in one of its parent's header fields (`condition`...). */
  inHeaderField(cursor: TreeCursor): boolean {
    const field = this.field(cursor);
    return field !== null && headerFields.has(field);
  }

  private learn(cursor: TreeCursor): NodeType {
    const { rules } = this;
    const type = cursor.nodeType;
    const named = cursor.nodeIsNamed;
    return {
      type,
      named,
      // Ruby's `if` statement and its `if` keyword share a name: tokens count, statements have roles.
      decision: named ? undefined : rules.decisionTokens.get(type),
      role: named ? rules.cognitive.get(type) : undefined,
      unit: named ? unitRule(rules, type) : undefined,
      unitGate: named ? rules.unitGates?.get(type) : undefined,
      container: named ? containerRule(rules, type) : undefined,
      callee: named ? rules.calls.get(type) : undefined,
      header: rules.headerTypes.has(type),
      leaf: !named || this.namedTokens.has(type),
      probe: named && !this.childless.has(type),
      probes: 0,
      skips: 0,
    };
  }
}
