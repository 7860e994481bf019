/**
 * Literal strings that every match of a Perl pattern must contain. Perl's regex engine checks
 * such "floating substrings" before trying a match, which keeps cloc fast on a long line where
 * a pattern like `<!--.*?-->` has no `-->` to find; V8 does not, and would try each start in
 * turn (quadratic, or worse with several lazy `.*?`). Conservative: optional or repeated atoms,
 * groups with alternatives, lookarounds and case-insensitive patterns contribute nothing.
 */
export function requiredLiterals(source: string, flags: string): string[] {
  if (flags.includes('i') || hasTopLevelAlternative(source, 0, source.length)) return [];
  const runs: string[] = [];
  let run = '';
  const endRun = () => {
    if (run !== '') runs.push(run);
    run = '';
  };
  for (let i = 0; i < source.length;) {
    const atom = nextAtom(source, i);
    const quantifier = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(source.slice(atom.end))?.[0] ?? '';
    if (atom.kind === 'group') {
      i = atom.end; // a plain group's parentheses: its content is as required as its neighbours
      continue;
    }
    if (atom.kind !== 'literal' || /^[?*{]/.test(quantifier)) endRun();
    else {
      run += atom.text;
      if (quantifier !== '') endRun();
    }
    i = atom.end + quantifier.length;
  }
  endRun();
  return runs;
}

interface Atom {
  readonly kind: 'literal' | 'other' | 'group';
  readonly text: string;
  readonly end: number;
}

function nextAtom(source: string, at: number): Atom {
  const char = source.charAt(at);
  if (char === '\\') return escapeAtom(source, at);
  if (char === '[') return { kind: 'other', text: '', end: classEnd(source, at) };
  // Groups with alternatives or quantifiers are skipped whole, so a `)` met here closes a plain one.
  if (char === ')') return { kind: 'group', text: '', end: at + 1 };
  if (char === '(') {
    const close = matchingParen(source, at);
    const plain = !/^\(\?[^:]/.test(source.slice(at)) && !hasTopLevelAlternative(source, at + 1, close);
    if (!plain) return { kind: 'other', text: '', end: close + 1 };
    const quantified = /^[?*+{]/.test(source.slice(close + 1));
    if (quantified) return { kind: 'other', text: '', end: close + 1 };
    return { kind: 'group', text: '', end: source.startsWith('(?:', at) ? at + 3 : at + 1 };
  }
  if (char === '.' || char === '^' || char === '$') return { kind: 'other', text: '', end: at + 1 };
  return { kind: 'literal', text: char, end: at + 1 };
}

function escapeAtom(source: string, at: number): Atom {
  const next = source.charAt(at + 1);
  if (!/[A-Za-z0-9]/.test(next)) return { kind: 'literal', text: next, end: at + 2 };
  // \g{1}, \12, \x{263A}, \xA0, \cM, \s: one atom, never a literal we name
  const escape = /^\\(?:g\{?\d+\}?|\d+|x(?:\{[0-9a-fA-F]+\}|[0-9a-fA-F]{0,2})|c.|.)/s.exec(source.slice(at));
  return { kind: 'other', text: '', end: at + (escape?.[0].length ?? 2) };
}

/** Index of the `)` closing the `(` at `open` (or the end of the source). */
function matchingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i += 1) {
    const char = source.charAt(i);
    if (char === '\\') i += 1;
    else if (char === '[') i = classEnd(source, i) - 1;
    else if (char === '(') depth += 1;
    else if (char === ')' && --depth === 0) return i;
  }
  return source.length;
}

/** Whether `|` appears in [from, to) outside nested groups, classes and escapes. */
function hasTopLevelAlternative(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const char = source.charAt(i);
    if (char === '\\') i += 1;
    else if (char === '[') i = classEnd(source, i) - 1;
    else if (char === '(') i = matchingParen(source, i);
    else if (char === '|') return true;
  }
  return false;
}

function classEnd(source: string, at: number): number {
  let i = at + 1;
  if (source.charAt(i) === '^') i += 1;
  if (source.charAt(i) === ']') i += 1;
  while (i < source.length && source.charAt(i) !== ']') i += source.charAt(i) === '\\' ? 2 : 1;
  return i + 1;
}
