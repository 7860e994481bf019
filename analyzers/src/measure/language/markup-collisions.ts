/**
 * cloc's content tests for `.ts`, `.ui`, `.tpl`, `.cls`, `build.xml` and `pom.xml`, ported line
 * for line.
 */
import { bestScore, countMatching, perl } from './raw-lines.ts';

export function typescriptOrQtLinguist(lines: readonly string[]): string {
  const linguist = countMatching(lines, perl('\\b</?(message|source|translation)>'));
  const typescript =
    countMatching(lines, perl('^\\s*(var|const|let|class|document)\\b')) +
    countMatching(lines, perl('[;}]\\s*$')) +
    countMatching(lines, perl('^\\s*//'));
  return typescript >= linguist ? 'TypeScript' : 'Qt Linguist';
}

export function qtOrGlade(lines: readonly string[]): string {
  return countMatching(lines, perl('generated\\s+with\\s+glade', 'i')) > 0 ? 'Glade' : 'Qt';
}

/** `build.xml` is Ant when a `<project` line or Ant's Maven namespace outscores plain XML. */
export function antOrXml(lines: readonly string[]): string {
  const ant =
    countMatching(lines, perl('^\\s*<project\\s+')) +
    countMatching(lines, perl('xmlns:artifact="antlib:org.apache.maven.artifact.ant"'));
  return 1 - ant >= ant ? 'XML' : 'Ant';
}

/** `pom.xml` is Maven on the same terms. */
export function mavenOrXml(lines: readonly string[]): string {
  const maven =
    countMatching(lines, perl('^\\s*<project\\s+')) +
    countMatching(lines, perl('xmlns="http://maven.apache.org/POM/'));
  return 1 - maven >= maven ? 'XML' : 'Maven';
}

/** `.tpl` is Smarty only when two lines look like Smarty tags. */
export function reallyIsSmarty(lines: readonly string[]): boolean {
  const tag = [perl('\\{(if|include)\\s'), perl('\\{\\/if\\}'), perl('(\\{\\*|\\*\\})'), perl('\\{\\$\\w')];
  return lines.filter((line) => tag.some((pattern) => pattern.test(line))).length >= 2;
}

export function visualBasicTexOrApex(lines: readonly string[]): string {
  const points = { 'Visual Basic': 0, TeX: 0, 'Apex Class': 0 };
  for (const line of lines) {
    if (perl('^\\s*$').test(line)) continue;
    if (perl('\\s*%').test(line) || perl('\\s*\\\\').test(line)) {
      points.TeX += 1;
      continue;
    }
    if (perl('^\\s*(public|private)\\s', 'i').test(line)) {
      points['Visual Basic'] += 1;
      points['Apex Class'] += 1;
    } else if (perl('^\\s*(end|attribute|version)\\s', 'i').test(line)) {
      points['Visual Basic'] += 1;
    }
    if (perl('[{}]').test(line) || perl(';\\s*$').test(line)) points['Apex Class'] += 1;
  }
  return bestScore(points);
}
