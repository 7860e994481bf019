import { createRequire } from 'node:module';
import Parser from 'tree-sitter';
import { CategoryTable } from './node-category.ts';
import { FieldRoleTable } from './field-role.ts';

export type GrammarName = 'typescript' | 'tsx' | 'javascript';

/** A parser with its per-grammar lookup tables; one per grammar, reused across files. */
export interface Grammar {
  parser: Parser;
  categories: CategoryTable;
  fieldRoles: FieldRoleTable;
}

// Native libraries, loaded on first use: a worker may see no file of some grammar.
const load = createRequire(import.meta.url);
const typescript = () =>
  load('tree-sitter-typescript') as { typescript: Parser.Language; tsx: Parser.Language };
const languages: Record<GrammarName, () => Parser.Language> = {
  typescript: () => typescript().typescript,
  tsx: () => typescript().tsx,
  javascript: () => load('tree-sitter-javascript') as Parser.Language,
};

/**
 * `.tsx` needs the TSX grammar and other TypeScript files the plain one (it reads `<T>x` as a type
 * assertion, which TSX cannot). JavaScript and JSX get tree-sitter's JavaScript grammar, which reads
 * JSX everywhere the way ESLint's parsers do with JSX enabled, and never mistakes `a < b > (c)` for a
 * generic call as the TypeScript grammars would.
 */
export function grammarNameFor(language: string, path?: string): GrammarName {
  if (language !== 'TypeScript') return 'javascript';
  return path?.toLowerCase().endsWith('.tsx') ? 'tsx' : 'typescript';
}

const grammars = new Map<GrammarName, Grammar>();

export function grammarFor(name: GrammarName): Grammar {
  let grammar = grammars.get(name);
  if (!grammar) {
    const parser = new Parser();
    parser.setLanguage(languages[name]());
    grammar = { parser, categories: new CategoryTable(), fieldRoles: new FieldRoleTable() };
    grammars.set(name, grammar);
  }
  return grammar;
}
