import type { ComplexityResult, ImportSpecifier } from '../../types.ts';
import { ComplexityWalker } from './complexity-walker.ts';
import { extractImports } from './extract-imports.ts';
import { grammarFor, grammarNameFor } from './grammar-for-file.ts';

export interface EcmascriptResult extends ComplexityResult {
  /** The file's module specifiers, from the same parse. */
  imports: ImportSpecifier[];
}

/**
 * Per-function complexity of TypeScript and JavaScript (cloc's 'TypeScript', 'JavaScript', 'JSX'),
 * equal function by function to ESLint's `complexity` rule (classic) and eslint-plugin-sonarjs's
 * `cognitive-complexity`. `path` picks the TSX grammar for `.tsx` files.
 */
export function measureEcmascript(source: string, language: string, path?: string): EcmascriptResult {
  const grammar = grammarFor(grammarNameFor(language, path));
  // ESLint's columns do not count a byte-order mark; tree-sitter's would.
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const tree = grammar.parser.parse(text);
  const walker = new ComplexityWalker(tree.walk(), grammar.categories, grammar.fieldRoles);
  const imports = extractImports(tree, text);
  return { functions: walker.measure(), hasSyntaxErrors: tree.rootNode.hasError, imports };
}
