import Parser from 'tree-sitter';
import type { ImportSpecifier } from '../../types.ts';

// Static imports and re-exports with a source, and `require('x')` / `import('x')` calls with a
// literal first argument. The same query text works for the JavaScript, TypeScript and TSX grammars.
const statementsAndImportCalls = `
(import_statement source: (string) @source) @statement
(export_statement source: (string) @source) @statement
(call_expression function: (import) arguments: (arguments . (string) @source))
`;
// It matches every call of a name with a string first argument (`t('...')`), each match costing
// node objects; the name is checked after. A file that never says `require` is spared it.
const requireCalls = `
(call_expression function: (identifier) @callee arguments: (arguments . (string) @source))
`;
const queryTexts = {
  withRequire: statementsAndImportCalls + requireCalls,
  withoutRequire: statementsAndImportCalls,
};

const queries = new WeakMap<Parser.Language, Record<keyof typeof queryTexts, Parser.Query>>();

/** Module specifiers of a parsed TS/JS file; `import type` / `export type` are marked type-only. */
export function extractImports(
  tree: Parser.Tree,
  language: Parser.Language,
  text: string,
): ImportSpecifier[] {
  const found: ImportSpecifier[] = [];
  const query = queryFor(language)[text.includes('require') ? 'withRequire' : 'withoutRequire'];
  for (const match of matchRoots(tree, text).flatMap((root) => query.matches(root, atRootOnly))) {
    const capture = (name: string) => match.captures.find((c) => c.name === name)?.node;
    const source = capture('source');
    const callee = capture('callee');
    if (!source || (callee && callee.text !== 'require')) continue;
    const statement = capture('statement');
    found.push({
      specifier: source.text.slice(1, -1),
      line: source.startPosition.row + 1,
      typeOnly: statement?.child(1)?.type === 'type',
    });
  }
  return found.sort((a, b) => a.line - b.line);
}

/**
 * Running a query costs a native visit of every node under it, as much as the complexity walk.
 * Every match is rooted at an import or export statement or a call whose text says `import`
 * (statements and calls), `from` (re-exports) or `require`: an ancestor of the token holding the
 * word. So the walk goes down from the root to each such word only, and the query runs at the
 * statements and calls it passes (matches rooted there), in source order (the order of descendant
 * indices), which is the order a query over the whole tree reports.
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

const atRootOnly = { maxStartDepth: 0 };
const matchRootTypes = new Set(['import_statement', 'export_statement', 'call_expression']);
// A word followed by an identifier character (`importer`, `fromEntries`) is part of another name.
const importWords = /(?:import|from|require)(?![\w$])/g;

function queryFor(language: Parser.Language): Record<keyof typeof queryTexts, Parser.Query> {
  let query = queries.get(language);
  if (!query) {
    query = {
      withRequire: new Parser.Query(language, queryTexts.withRequire),
      withoutRequire: new Parser.Query(language, queryTexts.withoutRequire),
    };
    queries.set(language, query);
  }
  return query;
}
