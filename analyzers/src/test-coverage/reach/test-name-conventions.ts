/**
 * Per language, the names of the source file a test file is named after (docs/metrics.md lists
 * them). TS/JS is left out: its reach comes from the import graph instead.
 */
interface NamingRule {
  /** Matches a test file's base name; group 1 is the stem of the file under test. */
  test: RegExp;
  /** Extensions the file under test may have; `same` keeps the test file's own. */
  sources: readonly string[] | 'same';
  /** Only a file in the same directory counts (Go tests live in their package's directory). */
  sameDirectoryOnly?: boolean;
}

const cFamily = ['.c', '.cc', '.cpp', '.cxx', '.h', '.hh', '.hpp'];

const rules: readonly NamingRule[] = [
  { test: /^(?:test_(.+)|(.+?)_tests?)\.py$/, sources: ['.py'] },
  { test: /^(.+)_test\.go$/, sources: ['.go'], sameDirectoryOnly: true },
  { test: /^(.+?)(?:Tests?|IT|Spec)\.(?:java|kt|kts|scala|groovy)$/, sources: 'same' },
  { test: /^(.+?)Tests?\.(?:cs|fs|vb|swift|m|mm)$/, sources: 'same' },
  { test: /^(?:test_(.+)|(.+?)_(?:spec|test))\.rb$/, sources: ['.rb'] },
  { test: /^(.+?)Test\.php$/, sources: ['.php'] },
  { test: /^(.+?)_test\.php$/, sources: ['.php'] },
  { test: /^(?:test_(.+)|(.+?)_(?:unit)?test)\.(?:c|cc|cpp|cxx)$/, sources: cFamily },
  { test: /^(.+)_test\.rs$/, sources: ['.rs'] },
  { test: /^(.+)_test\.exs$/, sources: ['.ex'] },
  { test: /^(.+)_test\.dart$/, sources: ['.dart'] },
  { test: /^(.+)_spec\.lua$/, sources: ['.lua'] },
];

/** Extensions reached through imports, never by naming. */
export const importReachedExtension = /\.(?:[cm]?[jt]sx?|vue|svelte)$/;

export interface NamedSource {
  /** Base names the file under test may have. */
  names: string[];
  sameDirectoryOnly: boolean;
}

/** What a test file's name says it tests, or null when no convention applies. */
export function namedSourceOf(testBaseName: string): NamedSource | null {
  if (importReachedExtension.test(testBaseName)) return null;
  for (const rule of rules) {
    const match = rule.test.exec(testBaseName);
    const stem = match?.slice(1).find((group) => group !== undefined && group !== '');
    if (stem === undefined) continue;
    const extensions = rule.sources === 'same' ? [extensionOf(testBaseName)] : rule.sources;
    return { names: extensions.map((ext) => stem + ext), sameDirectoryOnly: rule.sameDirectoryOnly ?? false };
  }
  return null;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot);
}
