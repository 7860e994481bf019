import { hierarchy, type HierarchyNode } from 'd3-hierarchy';

/** A directory or a file of the map; a file points at its row in the map columns. */
export interface TreeNode {
  name: string;
  path: string;
  children?: TreeNode[];
  file?: number;
}

/**
 * Nests the paths into directories; sizes come from `lines` (area = lines of code). Files `include`
 * refuses are left out of the tree (their rows stay in the columns).
 */
export function buildFileTree(
  paths: readonly string[],
  lines: readonly number[],
  include: (file: number) => boolean = () => true,
): HierarchyNode<TreeNode> {
  const root: TreeNode = { name: '', path: '', children: [] };
  const directories = new Map<string, TreeNode>([['', root]]);
  paths.forEach((path, file) => {
    if (!include(file)) return;
    const slash = path.lastIndexOf('/');
    const parent = directoryNode(directories, slash < 0 ? '' : path.slice(0, slash));
    parent.children?.push({ name: path.slice(slash + 1), path, file });
  });
  return hierarchy(root)
    .sum((node) => (node.file === undefined ? 0 : (lines[node.file] ?? 0)))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
}

function directoryNode(directories: Map<string, TreeNode>, path: string): TreeNode {
  const known = directories.get(path);
  if (known) return known;
  const slash = path.lastIndexOf('/');
  const parent = directoryNode(directories, slash < 0 ? '' : path.slice(0, slash));
  const node: TreeNode = { name: path.slice(slash + 1), path, children: [] };
  parent.children?.push(node);
  directories.set(path, node);
  return node;
}

/** The directory node at `path`, or the root when the path is not a directory of the tree. */
export function findDirectory(root: HierarchyNode<TreeNode>, path: string): HierarchyNode<TreeNode> {
  if (path === '') return root;
  let node = root;
  for (const part of path.split('/')) {
    const next = node.children?.find((child) => child.data.name === part && child.children);
    if (!next) return node;
    node = next;
  }
  return node;
}
