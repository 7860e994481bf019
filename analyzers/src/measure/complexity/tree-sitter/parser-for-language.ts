import Parser from 'tree-sitter';
import C from 'tree-sitter-c';
// The package's bare `main` makes Node print a deprecation warning on every import; its file does not.
import CSharp from 'tree-sitter-c-sharp/bindings/node/index.js';
import Cpp from 'tree-sitter-cpp';
import Go from 'tree-sitter-go';
import Java from 'tree-sitter-java';
import Php from 'tree-sitter-php';
import Python from 'tree-sitter-python';
import Ruby from 'tree-sitter-ruby';
import Rust from 'tree-sitter-rust';
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
  language: Parser.Language;
  rules: LanguageRules;
}

/** cloc's language names; headers are parsed as C++, which reads C headers too. */
const grammars = new Map<string, Grammar>([
  ['Python', { language: Python, rules: pythonRules }],
  ['Go', { language: Go, rules: goRules }],
  ['Java', { language: Java, rules: javaRules }],
  ['C#', { language: CSharp, rules: csharpRules }],
  ['Rust', { language: Rust, rules: rustRules }],
  ['Ruby', { language: Ruby, rules: rubyRules }],
  ['PHP', { language: Php.php, rules: phpRules }],
  ['C', { language: C, rules: cRules }],
  ['C++', { language: Cpp, rules: cppRules }],
  ['C/C++ Header', { language: Cpp, rules: cppRules }],
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
  let found = tools.get(grammar.language);
  if (found === undefined) {
    const parser = new Parser();
    parser.setLanguage(grammar.language);
    found = { parser, types: new NodeTypeTable(grammar.rules, grammar.language.nodeTypeInfo) };
    tools.set(grammar.language, found);
  }
  return found;
}
