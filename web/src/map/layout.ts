import { treemap, treemapSquarify, type HierarchyNode, type HierarchyRectangularNode } from 'd3-hierarchy';
import type { TreeNode } from './file-tree.ts';

const labelHeight = 15;
/** Directory levels below the zoom that get a label strip. */
export const labelLevels = 2;

/**
 * Lays out the zoomed directory as a squarified treemap filling the canvas. The first two directory
 * levels below the zoom get a label strip at their top; deeper levels only thin gaps.
 */
export function layoutMap(
  node: HierarchyNode<TreeNode>,
  width: number,
  height: number,
): HierarchyRectangularNode<TreeNode> {
  const subtree = node.copy();
  const base = subtree.depth;
  const level = (n: HierarchyNode<TreeNode>) => n.depth - base;
  // paddingOuter would overwrite paddingTop, so each side is set on its own.
  const side = (n: HierarchyNode<TreeNode>) => (level(n) > 0 && level(n) < 3 ? 1 : 0);
  return treemap<TreeNode>()
    .tile(treemapSquarify)
    .size([width, height])
    .paddingInner((n) => (level(n) < 3 ? 2 : 0))
    .paddingTop((n) => (level(n) > 0 && level(n) <= labelLevels ? labelHeight : side(n)))
    .paddingRight(side)
    .paddingBottom(side)
    .paddingLeft(side)
    .round(false)(subtree);
}
