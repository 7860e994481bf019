import type { TreeCursor } from 'tree-sitter';
import {
  headerFields,
  type CalleeOf,
  type CognitiveRole,
  type ContainerRule,
  type LanguageRules,
  type TokenTest,
  type UnitRule,
} from './language-rules.ts';

/** What the walk needs to know about one grammar symbol, looked up once per symbol. */
export interface NodeType {
  type: string;
  /** Anonymous nodes are tokens: in these grammars none holds anything the walk counts. */
  named: boolean;
  decision?: TokenTest | undefined;
  role?: CognitiveRole | undefined;
  unit?: UnitRule | undefined;
  container?: ContainerRule | undefined;
  callee?: CalleeOf | undefined;
  /** A child of this type is part of a structure's header (`for_clause`, `catch_declaration`). */
  header: boolean;
  /** A token or a named token (identifier, literal, comment): nothing inside to walk. */
  leaf?: boolean;
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

  /**
   * `nodeTypeInfo` is the grammar's node-types.json. Its typing promises `fields` on every entry,
   * but tokens have none, so entries are read as plain `{ type, named }` objects.
   */
  constructor(
    readonly rules: LanguageRules,
    nodeTypeInfo: readonly { type: string; named: boolean }[] = [],
  ) {
    const tokens = nodeTypeInfo.filter((info) => info.named && !('fields' in info) && !('subtypes' in info));
    this.namedTokens = new Set(tokens.map((info) => info.type));
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
      unit: named ? rules.units.get(type) : undefined,
      container: named ? rules.containers.get(type) : undefined,
      callee: named ? rules.calls.get(type) : undefined,
      header: rules.headerTypes.has(type),
      leaf: !named || this.namedTokens.has(type),
    };
  }
}
