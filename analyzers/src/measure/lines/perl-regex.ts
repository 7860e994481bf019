/**
 * cloc's tables hold Perl regular expressions, applied to lines read as bytes that keep their
 * trailing "\n". This translates one into a JavaScript RegExp that behaves the same on our line
 * strings (which keep the "\n" too):
 * - `\s` is ASCII whitespace only (Perl on a byte string), not JavaScript's Unicode set;
 * - `.` matches anything but "\n" (JavaScript's also refuses "\r", U+2028 and U+2029);
 * - `$` matches at the end or before a final "\n", as Perl's does without /m;
 * - `\g1`, octal `\47` and `\x{263A}` are spelled the JavaScript way.
 */
import { requiredLiterals } from './required-literals.ts';

export const perlWhitespace = '\\t\\n\\f\\r \\x0B';

/** A compiled pattern, how many capture groups it has, and the literals any match contains. */
export interface PerlPattern {
  readonly regex: RegExp;
  readonly groups: number;
  readonly literals: readonly string[];
}

/** False when the text lacks a literal every match needs (Perl's own quick rejection). */
export function mayMatch(pattern: PerlPattern, text: string): boolean {
  for (const literal of pattern.literals) if (!text.includes(literal)) return false;
  return true;
}

const compiled = new Map<string, PerlPattern>();

export function perlPattern(source: string, flags = ''): PerlPattern {
  const key = `${flags}/${source}`;
  let pattern = compiled.get(key);
  if (pattern === undefined) {
    const regex = new RegExp(translatePerlRegex(source), flags);
    const groups = (new RegExp(`${regex.source}|`).exec('')?.length ?? 1) - 1;
    pattern = { regex, groups, literals: requiredLiterals(source, flags) };
    compiled.set(key, pattern);
  }
  return pattern;
}

/** Shorthand for patterns used with `test`/`exec` only. */
export function perlRegex(source: string, flags = ''): RegExp {
  return perlPattern(source, flags).regex;
}

export function translatePerlRegex(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source.charAt(i);
    if (char === '\\') {
      const [text, consumed] = translateEscape(source, i + 1, inClass);
      out += text;
      i += consumed;
    } else if (inClass) {
      if (char === ']') inClass = false;
      out += char;
    } else if (char === '[') {
      inClass = true;
      out += char;
      // A `]` right after `[` or `[^` is a literal member in both dialects; copy it untouched.
      const negated = source.charAt(i + 1) === '^';
      if (negated) out += source.charAt(++i);
      if (source.charAt(i + 1) === ']') out += `\\${source.charAt(++i)}`;
    } else if (char === '.') {
      out += '[^\\n]';
    } else if (char === '$') {
      out += '(?=\\n?$)';
    } else {
      out += char;
    }
  }
  return out;
}

/** Translates the escape whose letter is at `at`; returns the text and how many chars it used. */
function translateEscape(source: string, at: number, inClass: boolean): [string, number] {
  const letter = source.charAt(at);
  const rest = source.slice(at);
  if (letter === 's') return [inClass ? perlWhitespace : `[${perlWhitespace}]`, 1];
  if (letter === 'S' && !inClass) return [`[^${perlWhitespace}]`, 1];
  if (letter === 'z') return ['$', 1];
  if (letter === 'Z') return ['(?=\\n?$)', 1];
  if (letter === 'A') return ['^', 1];
  const backReference = /^g\{?(\d+)\}?/.exec(rest);
  if (backReference) return [`\\${backReference[1]}`, backReference[0].length];
  const wideHex = /^x\{([0-9a-fA-F]+)\}/.exec(rest);
  if (wideHex) return [codePointEscape(Number.parseInt(wideHex[1] ?? '0', 16)), wideHex[0].length];
  const digits = /^\d+/.exec(rest)?.[0];
  if (digits !== undefined && (digits.startsWith('0') || Number(digits) > 9)) {
    const octal = /^[0-7]{1,3}/.exec(digits)?.[0] ?? '0';
    return [codePointEscape(Number.parseInt(octal, 8)), octal.length];
  }
  return [`\\${letter}`, 1];
}

function codePointEscape(codePoint: number): string {
  return `\\u${codePoint.toString(16).padStart(4, '0')}`;
}

/** Perl's `\Q...\E`: the text as a literal inside a pattern. */
export function quoteMeta(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
