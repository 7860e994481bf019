import type { HierarchyNode } from 'd3-hierarchy';
import type { TreeNode } from './file-tree.ts';
import { layoutMap } from './layout.ts';
import type { Laid } from './draw-map.ts';

/** Layouts kept at most: a 10,000-file directory's layout is a few megabytes. */
const capacity = 48;
/** An idle slot shorter than this is left alone: one layout of a large directory takes about as long. */
const minimumIdleMs = 12;

/**
 * Treemap layouts by directory and width. Layouts already computed are kept, so zooming back out
 * costs a paint; the directories one level down are laid out in idle time, so zooming in does too.
 */
export class LayoutCache {
  private readonly layouts = new Map<string, Laid>();

  constructor(private readonly height: number) {}

  /** The layout of `node` at `width`; the least recently used one goes when the cache is full. */
  get(node: HierarchyNode<TreeNode>, width: number): Laid {
    const key = `${node.data.path}|${width}`;
    const known = this.layouts.get(key) ?? layoutMap(node, width, this.height);
    this.layouts.delete(key);
    this.layouts.set(key, known);
    const oldest = this.layouts.keys().next().value;
    if (this.layouts.size > capacity && oldest !== undefined) this.layouts.delete(oldest);
    return known;
  }

  /** Lays out `node`'s subdirectories when the page is idle; returns a cancel function. */
  prepareChildren(node: HierarchyNode<TreeNode>, width: number): () => void {
    const pending = (node.children ?? []).filter(
      (child) => child.children && !this.layouts.has(`${child.data.path}|${width}`),
    );
    let handle = 0;
    const work = (deadline: IdleDeadline) => {
      while (pending.length > 0 && deadline.timeRemaining() >= minimumIdleMs) {
        const child = pending.shift();
        if (child) this.get(child, width);
      }
      if (pending.length > 0) handle = requestIdleCallback(work);
    };
    handle = requestIdleCallback(work);
    return () => cancelIdleCallback(handle);
  }
}
