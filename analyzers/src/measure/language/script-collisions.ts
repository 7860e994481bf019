/**
 * cloc's content tests for extensions shared by scripting languages (`.pl`, `.p6`, `.pro`, `.cl`,
 * `.jl`, `.sls`): points per telltale line, highest score wins. Ported line for line from cloc.
 */
import { bestScore, countMatching, perl } from './raw-lines.ts';

const blank = perl('^\\s*$');

const perlPoints = [
  perl('^=(head|over|item|cut)'),
  perl(';\\s*$'),
  perl('(\\{|\\})'),
  perl('^\\s*sub\\s+'),
  perl("\\s*<<'"),
  perl('\\$(\\w+\\->|[_!])'),
];
const perlShebang = perl('^#!.*?\\bperl');
const prologClause = perl('\\.\\s*$');
const hashComment = perl('\\s*#');

export function perlOrProlog(lines: readonly string[]): string {
  let perlScore = 0;
  let prologScore = 0;
  for (const [index, line] of lines.entries()) {
    if (blank.test(line)) continue;
    if (index === 0 && perlShebang.test(line)) return 'Perl';
    for (const pattern of perlPoints) if (pattern.test(line)) perlScore += 1;
    if (!hashComment.test(line) && prologClause.test(line)) prologScore += 1;
    if (line.includes(':-')) prologScore += 1;
  }
  return perlScore > prologScore ? 'Perl' : 'Prolog';
}

export function rakuOrProlog(lines: readonly string[]): string {
  return perlOrProlog(lines) === 'Perl' ? 'Raku' : 'Prolog';
}

const lispLines = [perl('^\\s*;'), perl('\\((def|eval|require|export|let|loop|dec|format)')];

function lispScore(lines: readonly string[]): number {
  return lispLines.reduce((sum, pattern) => sum + countMatching(lines, pattern), 0);
}

export function lispOrOpenCL(lines: readonly string[]): string {
  const openCL = countMatching(lines, perl('^\\s*(int|float|const|{)'));
  return lispScore(lines) > openCL ? 'Lisp' : 'OpenCL';
}

export function lispOrJulia(lines: readonly string[]): string {
  const julia = countMatching(lines, perl('^\\s*(function|end|println|for|while)'));
  return lispScore(lines) > julia ? 'Lisp' : 'Julia';
}

export function idlQtProjectPrologOrProGuard(lines: readonly string[]): string {
  const count = (...patterns: RegExp[]) =>
    patterns.reduce((sum, pattern) => sum + countMatching(lines, pattern), 0);
  return bestScore({
    IDL: count(perl('^\\s*;'), perl('plot\\(', 'i')),
    'Qt Project': count(
      perl('^\\s*(qt|configs|sources|template|target|targetpath|subdirs)\\b', 'i'),
      perl('qthavemodule', 'i'),
    ),
    Prolog: count(perl('\\.\\s*$'), perl(':-')),
    ProGuard: count(perl('^\\s*#'), perl('^-keep'), perl('^-(dont)?obfuscate')),
  });
}

export function schemeOrSaltStack(lines: readonly string[]): string {
  let scheme = 0;
  let saltStack = 0;
  for (const line of lines) {
    if (blank.test(line)) continue;
    if (perl('{\\%.*%}').test(line) || perl('map\\.jinja\\b').test(line)) saltStack += 5;
    else if (perl('\\((define|lambda|let|cond|do)\\s').test(line)) scheme += 1;
  }
  return scheme > saltStack ? 'Scheme' : 'SaltStack';
}
