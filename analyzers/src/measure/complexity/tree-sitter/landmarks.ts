import type { TreeCursor } from 'tree-sitter';
import type { Frame } from './function-frame.ts';
import type { NodeType } from './node-type-table.ts';

/** Asking costs a native call or two: not worth it for a type whose subtrees are seldom skipped. */
function worthAsking(node: NodeType): boolean {
  return node.probe && (node.probes < 100 || node.skips * 20 >= node.probes);
}

/**
 * Tells the walk which subtrees it may skip: those whose source holds no landmark (the language's
 * `landmarks` pattern) and, inside a function that may call itself, no mention of its name. Reading
 * a node's end costs one native call; walking a subtree costs about three per node in it.
 *
 * The walk goes through the source in order, so one landmark position is kept: the first one at or
 * after some point the walk has passed. It is refreshed only when it falls behind a node's start.
 */
export class Landmarks {
  private next = -1;

  constructor(
    private readonly source: string,
    private readonly pattern: RegExp,
  ) {}

  /** Whether the subtree of the cursor's node, of type `node`, may hold anything the walk acts on. */
  mayHold(cursor: TreeCursor, node: NodeType, frame: Frame | null): boolean {
    if (!worthAsking(node)) return true;
    node.probes += 1;
    if (this.holds(cursor, frame)) return true;
    node.skips += 1;
    return false;
  }

  private holds(cursor: TreeCursor, frame: Frame | null): boolean {
    const end = cursor.endIndex;
    const mentions = frame !== null && frame.mayRecurse;
    if (this.next >= end && (!mentions || frame.nextMention >= end)) return false;
    const start = cursor.startIndex;
    if (this.next < start) this.next = this.find(start);
    if (this.next < end) return true;
    if (!mentions) return false;
    if (frame.nextMention < start) frame.nextMention = this.mention(frame.simpleName, start);
    return frame.nextMention < end;
  }

  private find(from: number): number {
    this.pattern.lastIndex = from;
    return this.pattern.exec(this.source)?.index ?? Infinity;
  }

  private mention(name: string, from: number): number {
    const at = this.source.indexOf(name, from);
    return at === -1 ? Infinity : at;
  }
}
