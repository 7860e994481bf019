import Parser from 'tree-sitter';
import type { ImportSpecifier } from '../../types.ts';

// Static imports and re-exports with a source, and `require('x')` / `import('x')` calls with a
// literal first argument. The same query text works for the JavaScript, TypeScript and TSX grammars.
const queryText = `
(import_statement source: (string) @source) @statement
(export_statement source: (string) @source) @statement
(call_expression function: (identifier) @callee arguments: (arguments . (string) @source))
(call_expression function: (import) arguments: (arguments . (string) @source))
`;

const queries = new WeakMap<Parser.Language, Parser.Query>();

/** Module specifiers of a parsed TS/JS file; `import type` / `export type` are marked type-only. */
export function extractImports(tree: Parser.Tree, language: Parser.Language): ImportSpecifier[] {
  const found: ImportSpecifier[] = [];
  for (const match of queryFor(language).matches(tree.rootNode)) {
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

function queryFor(language: Parser.Language): Parser.Query {
  let query = queries.get(language);
  if (!query) {
    query = new Parser.Query(language, queryText);
    queries.set(language, query);
  }
  return query;
}
