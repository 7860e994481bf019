import type Parser from 'tree-sitter';
import type { ImportSpecifier } from '../../types.ts';

/**
 * Module specifiers of a parsed TS/JS file: static imports and re-exports with a source, and
 * `require('x')` / `import('x')` calls whose first argument (a comment counts as one) is a plain
 * string. `import type` / `export type` are marked type-only. Read from the nodes directly: a
 * tree-sitter query would cost its compilation in every worker and a native visit per match.
 */
export function extractImports(tree: Parser.Tree, text: string): ImportSpecifier[] {
  const found: ImportSpecifier[] = [];
  for (const root of matchRoots(tree, text)) {
    const specifier = root.type === 'call_expression' ? calledSpecifier(root) : statementSpecifier(root);
    if (specifier) found.push(specifier);
  }
  return found.sort((a, b) => a.line - b.line);
}

function statementSpecifier(statement: Parser.SyntaxNode): ImportSpecifier | null {
  const source = statement.childForFieldName('source');
  if (source?.type !== 'string') return null;
  return specifierOf(source, statement.child(1)?.type === 'type');
}

function calledSpecifier(call: Parser.SyntaxNode): ImportSpecifier | null {
  const callee = call.childForFieldName('function');
  const loads = callee?.type === 'import' || (callee?.type === 'identifier' && callee.text === 'require');
  const args = loads ? call.childForFieldName('arguments') : null;
  const first = args?.type === 'arguments' ? args.firstNamedChild : null;
  return first?.type === 'string' ? specifierOf(first, false) : null;
}

function specifierOf(source: Parser.SyntaxNode, typeOnly: boolean): ImportSpecifier {
  return { specifier: source.text.slice(1, -1), line: source.startPosition.row + 1, typeOnly };
}

/**
 * Every import is an import or export statement, or a call whose text says `import` (statements
 * and calls), `from` (re-exports) or `require`: an ancestor of the token holding the word. So the
 * walk goes down from the root to each such word only, collecting the statements and calls it
 * passes, in source order (the order of descendant indices).
 */
function matchRoots(tree: Parser.Tree, text: string): Parser.SyntaxNode[] {
  const cursor = tree.walk();
  const roots = new Map<number, Parser.SyntaxNode>();
  for (const word of text.matchAll(importWords)) {
    while (cursor.gotoFirstChildForIndex(word.index) !== null) {
      if (!matchRootTypes.has(cursor.nodeType)) continue;
      const index = cursor.currentDescendantIndex;
      if (!roots.has(index)) roots.set(index, cursor.currentNode);
    }
    while (cursor.gotoParent());
  }
  return [...roots].sort(([a], [b]) => a - b).map(([, node]) => node);
}

const matchRootTypes = new Set(['import_statement', 'export_statement', 'call_expression']);
// A word followed by an identifier character (`importer`, `fromEntries`) is part of another name.
const importWords = /(?:import|from|require)(?![\w$])/g;
