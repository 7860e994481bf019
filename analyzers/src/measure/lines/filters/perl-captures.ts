import { mayMatch, type PerlPattern } from '../perl-regex.ts';

/**
 * Perl's `$1` outlives the match that set it: a later failed match leaves it alone, a later
 * successful one replaces it (with undef when that pattern has no group). Several cloc filters
 * read `$1` after a match that may have failed, so they see an earlier line's value; this class
 * reproduces that.
 */
export class PerlCaptures {
  group1: string | undefined = undefined;

  /** `$text =~ /pattern/` */
  test(pattern: PerlPattern, text: string): boolean {
    if (!mayMatch(pattern, text)) return false;
    const match = pattern.regex.exec(text);
    if (match) this.group1 = match[1];
    return match !== null;
  }

  /** `$text =~ s/pattern/replacement/` (global when the pattern has the g flag). */
  substitute(
    pattern: PerlPattern,
    text: string,
    replacement: (groups: readonly (string | undefined)[]) => string,
  ): string {
    pattern.regex.lastIndex = 0;
    // The common case, answered without a callback per line.
    if (!mayMatch(pattern, text) || !pattern.regex.test(text)) return text;
    pattern.regex.lastIndex = 0;
    let matched = false;
    let last: string | undefined;
    const result = text.replace(pattern.regex, (...args: unknown[]) => {
      const groups = args.slice(1, 1 + pattern.groups).map(asGroup);
      matched = true;
      last = groups[0];
      return replacement(groups);
    });
    if (matched) this.group1 = last;
    return result;
  }

  /** Perl's `next if defined $1 and $1 =~ /^\s*$/`, including the reset a successful test does. */
  group1IsBlank(): boolean {
    if (this.group1 === undefined || !/^[\t\n\f\r \x0B]*$/.test(this.group1)) return false;
    this.group1 = undefined;
    return true;
  }
}

function asGroup(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
