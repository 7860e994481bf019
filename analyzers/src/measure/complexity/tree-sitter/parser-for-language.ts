import { createRequire } from 'node:module';
import Parser from 'tree-sitter';
// An ES module with top-level await, so it cannot be required on first use like the others. The
// package's bare `main` makes Node print a deprecation warning on every import; its file does not.
import CSharp from 'tree-sitter-c-sharp/bindings/node/index.js';
import { cRules, cppRules } from './c-family-rules.ts';
import { csharpRules } from './csharp-rules.ts';
import { goRules } from './go-rules.ts';
import { javaRules } from './java-rules.ts';
import type { LanguageRules } from './language-rules.ts';
import { NodeTypeTable } from './node-type-table.ts';
import { phpRules } from './php-rules.ts';
import { pythonRules } from './python-rules.ts';
import { rubyRules } from './ruby-rules.ts';
import { rustRules } from './rust-rules.ts';

interface Grammar {
  language: () => Parser.Language;
  rules: LanguageRules;
}

// Grammars are native libraries, loaded on first use: a worker seldom needs them all.
const load = createRequire(import.meta.url);
function grammar(name: string, pick = (exports: unknown) => exports as Parser.Language) {
  let language: Parser.Language | undefined;
  return () => (language ??= pick(load(name)));
}

/** cloc's language names; headers are parsed as C++, which reads C headers too. */
const grammars = new Map<string, Grammar>([
  ['Python', { language: grammar('tree-sitter-python'), rules: pythonRules }],
  ['Go', { language: grammar('tree-sitter-go'), rules: goRules }],
  ['Java', { language: grammar('tree-sitter-java'), rules: javaRules }],
  ['C#', { language: () => CSharp, rules: csharpRules }],
  ['Rust', { language: grammar('tree-sitter-rust'), rules: rustRules }],
  ['Ruby', { language: grammar('tree-sitter-ruby'), rules: rubyRules }],
  [
    'PHP',
    { language: grammar('tree-sitter-php', (php) => (php as { php: Parser.Language }).php), rules: phpRules },
  ],
  ['C', { language: grammar('tree-sitter-c'), rules: cRules }],
  ['C++', { language: grammar('tree-sitter-cpp'), rules: cppRules }],
  ['C/C++ Header', { language: grammar('tree-sitter-cpp'), rules: cppRules }],
]);

export const supportedLanguages: ReadonlySet<string> = new Set(grammars.keys());

/** What measuring one language needs: its parser and its rules indexed by the grammar's ids. */
export interface LanguageTools {
  parser: Parser;
  types: NodeTypeTable;
}

/** One parser per grammar, made on first use: setting a language costs milliseconds. */
const tools = new Map<Parser.Language, LanguageTools>();

export function toolsFor(language: string): LanguageTools | null {
  const grammar = grammars.get(language);
  if (grammar === undefined) return null;
  const loaded = grammar.language();
  let found = tools.get(loaded);
  if (found === undefined) {
    const parser = new Parser();
    parser.setLanguage(loaded);
    found = { parser, types: new NodeTypeTable(grammar.rules, loaded.nodeTypeInfo) };
    tools.set(loaded, found);
  }
  return found;
}
