import type { HierarchyRectangularNode } from 'd3-hierarchy';
import type { TreeNode } from './file-tree.ts';
import { labelLevels } from './layout.ts';
import { fillFiles } from './pixel-fill.ts';

export type Laid = HierarchyRectangularNode<TreeNode>;

const leaves = new WeakMap<Laid, Laid[]>();

/** A layout's files, collected once: walking 100,000 nodes on every paint showed in zoom frames. */
function leavesOf(root: Laid): Laid[] {
  const known = leaves.get(root) ?? root.leaves();
  leaves.set(root, known);
  return known;
}

/**
 * Paints the laid-out map: files as pixels (see fillFiles), then directory frames and labels.
 */
export function drawMap(
  context: CanvasRenderingContext2D,
  root: Laid,
  width: number,
  height: number,
  colors: Uint32Array,
): void {
  fillFiles(context, leavesOf(root), colors, '#c8c8c8');
  drawDirectories(context, root);
}

function drawDirectories(context: CanvasRenderingContext2D, root: Laid): void {
  context.font = '11px system-ui, sans-serif';
  context.textBaseline = 'top';
  root.each((node) => {
    if (!node.children || node === root || node.depth > labelLevels) return;
    const w = node.x1 - node.x0;
    if (w < 4) return;
    context.strokeStyle = node.depth === 1 ? '#555' : '#999';
    context.lineWidth = node.depth === 1 ? 1.5 : 1;
    context.strokeRect(node.x0 + 0.5, node.y0 + 0.5, w - 1, node.y1 - node.y0 - 1);
    if (w > 30) {
      context.fillStyle = node.depth === 1 ? '#e4e4e4' : '#f0f0f0';
      context.fillRect(node.x0 + 1, node.y0 + 1, w - 2, 14);
      context.fillStyle = '#222';
      context.fillText(fitText(context, `${node.data.name}/`, w - 6), node.x0 + 3, node.y0 + 2);
    }
  });
}

function fitText(context: CanvasRenderingContext2D, text: string, width: number): string {
  if (context.measureText(text).width <= width) return text;
  let end = text.length;
  while (end > 1 && context.measureText(`${text.slice(0, end)}…`).width > width) end = Math.floor(end * 0.8);
  return `${text.slice(0, end)}…`;
}

/** The file under a point: descend through the rectangle that contains it (no scan of all files). */
export function fileAt(root: Laid, x: number, y: number): Laid | null {
  let node: Laid | undefined = root;
  while (node?.children) {
    node = node.children.find((c) => x >= c.x0 && x < c.x1 && y >= c.y0 && y < c.y1);
  }
  return node && node.data.file !== undefined ? node : null;
}

/** The laid-out node of a file, found by its path. */
export function nodeOfPath(root: Laid, path: string): Laid | null {
  return leavesOf(root).find((leaf) => leaf.data.path === path) ?? null;
}

export function drawHighlight(
  context: CanvasRenderingContext2D,
  width: number,
  height: number,
  nodes: Laid[],
): void {
  context.clearRect(0, 0, width, height);
  context.lineWidth = 2;
  for (const [i, node] of nodes.entries()) {
    context.strokeStyle = i === 0 ? '#000' : '#0057b8';
    context.strokeRect(
      node.x0 + 1,
      node.y0 + 1,
      Math.max(2, node.x1 - node.x0 - 2),
      Math.max(2, node.y1 - node.y0 - 2),
    );
  }
}
