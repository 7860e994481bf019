/** cloc's content tests for `.inc` (PHP or Pascal) and `.pp` (Pascal or Puppet). */
import { perl } from './raw-lines.ts';

/** `.inc`: PHP when it has a closed `<? ?>`, `<script language="php">` or `<% %>` pair. */
export function phpOrPascal(lines: readonly string[]): string | null {
  if (reallyIsPhp(lines)) return 'PHP';
  return reallyIsIncludedPascal(lines) ? 'Pascal' : null;
}

function reallyIsPhp(lines: readonly string[]): boolean {
  let normal = 0;
  let script = 0;
  let asp = 0;
  for (const line of lines) {
    if (line.includes('<?')) normal |= 1;
    if (line.includes('?>') && normal & 1) normal |= 2;
    if (perl('\\<script.*language="?php"?', 'i').test(line)) script |= 1;
    if (perl('\\<\\/script\\>', 'i').test(line) && script & 1) script |= 2;
    if (line.includes('<%')) asp |= 1;
    if (line.includes('%>') && asp & 1) asp |= 2;
  }
  return normal === 3 || script === 3 || asp === 3;
}

const pascalWords = [
  'program\\s+[A-Za-z]',
  'unit\\s+[A-Za-z]',
  'module\\s+[A-Za-z]',
  'procedure\\b',
  'function\\b',
].map((source) => perl(`\\b${source}`, 'i'));
const pascalSections = [perl('^\\s*interface\\s+', 'i'), perl('^\\s*implementation\\s+', 'i')];

/** `really_is_incpascal`, whose first test (`really_is_pascal`) it subsumes. */
function reallyIsIncludedPascal(lines: readonly string[]): boolean {
  const keywords = [...pascalWords, ...pascalSections, perl('\\bconstant\\s+', 'i')];
  for (const raw of lines) {
    const line = raw.replace(/\{[^\n]*?\}/g, '').replace(/\(\*[^\n]*?\*\)/g, '');
    if (keywords.some((keyword) => keyword.test(line))) return true;
    if (perl('end\\.\\s*$', 'i').test(line)) return true;
  }
  return false;
}

export function pascalOrPuppet(lines: readonly string[]): string {
  let pascal = 0;
  let puppet = 0;
  for (const line of lines) {
    if (perl('^\\s*\\#\\s+').test(line)) {
      puppet += 0.001;
      continue;
    }
    pascal += pascalPoints.filter((pattern) => pattern.test(line)).length;
    puppet += puppetPoints.filter((pattern) => pattern.test(line)).length;
    if (perl('^\\s*class\\s+').test(line) && !perl('class\\s+operator\\s+').test(line)) puppet += 1;
    if (Math.abs(pascal - puppet) > 20) break;
  }
  return pascal > puppet ? 'Pascal' : 'Puppet';
}

const pascalPoints = [
  ...pascalWords,
  ...pascalSections,
  perl('^\\s*uses\\s+', 'i'),
  perl('(?<!\\:\\:)\\bbegin\\b(?!\\:\\:)', 'i'),
  perl('(?<!\\:\\:)\\bend\\b(?!\\:\\:)', 'i'),
  perl('\\:\\='),
  perl('\\<\\>'),
  perl('^\\s*\\{\\$(I|INCLUDE)\\s+.*\\}', 'i'),
  perl('writeln'),
];
const puppetPoints = [
  perl('^\\s*function\\s+[a-z][a-z0-9]+::[a-z][a-z0-9]+\\s*'),
  perl('^\\s*type\\s+[A-Z]\\w+::[A-Z]\\w+\\s+'),
  perl('^\\s*case\\s+'),
  perl('^\\s*package\\s+'),
  perl('^\\s*file\\s+'),
  perl('^\\s*include\\s\\w+'),
  perl('^\\s*service\\s+'),
  perl('\\s\\$\\w+\\s*\\=\\s*\\S'),
  perl('\\S\\s*\\=\\>\\s*\\S'),
];
