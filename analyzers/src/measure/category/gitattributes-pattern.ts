/**
 * A `.gitattributes` pattern as git matches it (gitattributes(5), gitignore(5)): `*` and `?`
 * stay within a path component, `[...]` is a class, `\` escapes; `**` as a whole component
 * matches any number of folders (`**\/x`, `a/**\/b`, `a/**`). A pattern without a `/` matches
 * the file name at any depth below its `.gitattributes`; one with a `/` is anchored there.
 * A pattern ending in `/` names folders only, and in attributes never matches a file.
 */
export interface PathPattern {
  /** Tested against the path relative to the `.gitattributes` folder. */
  readonly regex: RegExp;
  /** True when only the file name is tested. */
  readonly basenameOnly: boolean;
}

export function compilePattern(pattern: string): PathPattern | null {
  if (pattern === '' || pattern.endsWith('/')) return null;
  const anchored = pattern.startsWith('/') ? pattern.slice(1) : pattern;
  if (!pattern.includes('/'))
    return { regex: new RegExp(`^${componentRegex(pattern)}$`), basenameOnly: true };
  const components = anchored.split('/');
  let source = '';
  components.forEach((component, index) => {
    const last = index === components.length - 1;
    if (component === '**' && last) source += '.*';
    else if (component === '**') source += '(?:.*/)?';
    else source += componentRegex(component) + (last ? '' : '/');
  });
  return { regex: new RegExp(`^${source}$`), basenameOnly: false };
}

/** One path component's glob: `*` and `?` never cross a `/`. */
function componentRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob.charAt(i);
    if (char === '*') {
      while (glob.charAt(i + 1) === '*') i += 1; // `**` inside a component is a plain `*`
      out += '[^/]*';
    } else if (char === '?') out += '[^/]';
    else if (char === '[') {
      const end = classEnd(glob, i);
      if (end === -1) out += '\\[';
      else {
        out += classRegex(glob.slice(i + 1, end));
        i = end;
      }
    } else if (char === '\\' && i + 1 < glob.length) out += escapeRegex(glob.charAt(++i));
    else out += escapeRegex(char);
  }
  return out;
}

/** Index of the `]` closing the class opened at `open`, or -1 (then `[` is a literal). */
function classEnd(glob: string, open: number): number {
  let i = open + 1;
  if (glob.charAt(i) === '!' || glob.charAt(i) === '^') i += 1;
  if (glob.charAt(i) === ']') i += 1;
  for (; i < glob.length; i += 1) {
    if (glob.charAt(i) === '\\') i += 1;
    else if (glob.charAt(i) === ']') return i;
  }
  return -1;
}

function classRegex(body: string): string {
  const negated = body.startsWith('!') || body.startsWith('^');
  const members = (negated ? body.slice(1) : body).replace(/[\]\\^]/g, (c) => `\\${c}`);
  // A negated class still never matches the folder separator.
  return negated ? `[^/${members}]` : `[${members}]`;
}

function escapeRegex(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}
