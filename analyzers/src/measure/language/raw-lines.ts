import { perlRegex } from '../lines/perl-regex.ts';

/**
 * The lines of a file as Perl's `<$IN>` returns them (each with its "\n", "\r" kept), which is
 * what cloc's content heuristics look at.
 */
export function rawLines(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  return lines[lines.length - 1] === '' ? lines.slice(0, -1) : lines;
}

/** A Perl pattern from cloc's source, with Perl's meaning of `\s`, `.` and `$` (see perl-regex). */
export function perl(source: string, flags = ''): RegExp {
  return perlRegex(source, flags);
}

/** How many of the lines match. */
export function countMatching(lines: readonly string[], pattern: RegExp): number {
  let count = 0;
  for (const line of lines) if (pattern.test(line)) count += 1;
  return count;
}

/** The name with the most points; ties go to the alphabetically first, as cloc sorts them. */
export function bestScore(points: Readonly<Record<string, number>>): string {
  const ranked = Object.entries(points).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return ranked[0]?.[0] ?? '';
}
