export type PathMapping =
  { kind: 'mapped'; path: string } | { kind: 'not-in-tree' } | { kind: 'ambiguous'; candidates: number };

/**
 * Maps the paths a report writes (absolute, under a build prefix, with Windows separators, or
 * relative to where the tool ran) to files of the pinned tree. A relative path is first tried
 * under each folder above the report itself (a committed `pkg/a/coverage/lcov.info` names files of
 * `pkg/a`); then the longest suffix wins: the file whose trailing path segments match most of the
 * report path, when all of the shorter of the two match. Equal best matches are ambiguous.
 */
export class ReportPathMapper {
  private readonly paths: Set<string>;
  private readonly byBaseName = new Map<string, string[][]>();

  constructor(repoPaths: Iterable<string>) {
    this.paths = new Set(repoPaths);
    for (const path of this.paths) {
      const segments = path.split('/');
      const name = segments.at(-1) ?? '';
      this.byBaseName.set(name, [...(this.byBaseName.get(name) ?? []), segments]);
    }
  }

  map(reportPath: string, reportDirectory: string | null): PathMapping {
    const segments = normalizedSegments(reportPath);
    const relative = segments.join('/');
    if (!isAbsolute(reportPath) && reportDirectory !== null) {
      const under = this.underAncestors(relative, reportDirectory);
      if (under !== null) return { kind: 'mapped', path: under };
    }
    if (this.paths.has(relative)) return { kind: 'mapped', path: relative };
    return this.bySuffix(segments);
  }

  private underAncestors(relative: string, directory: string): string | null {
    const parts = directory === '' ? [] : directory.split('/');
    for (let depth = parts.length; depth > 0; depth -= 1) {
      const candidate = `${parts.slice(0, depth).join('/')}/${relative}`;
      if (this.paths.has(candidate)) return candidate;
    }
    return null;
  }

  private bySuffix(segments: string[]): PathMapping {
    let best: string[] = [];
    let bestScore = 0;
    for (const candidate of this.byBaseName.get(segments.at(-1) ?? '') ?? []) {
      const score = commonSuffix(segments, candidate);
      if (score < Math.min(segments.length, candidate.length)) continue;
      if (score > bestScore) [best, bestScore] = [[candidate.join('/')], score];
      else if (score === bestScore) best.push(candidate.join('/'));
    }
    if (best.length === 1 && best[0] !== undefined) return { kind: 'mapped', path: best[0] };
    return best.length === 0 ? { kind: 'not-in-tree' } : { kind: 'ambiguous', candidates: best.length };
  }
}

function isAbsolute(path: string): boolean {
  return /^(?:[A-Za-z]:)?[\\/]|^file:/.test(path);
}

/** `C:\build\src\a.ts`, `/ci/./src/a.ts`, `file:///x/a.ts` → their segments, `.`/`..` removed. */
export function normalizedSegments(reportPath: string): string[] {
  const path = reportPath
    .trim()
    .replace(/^file:\/\//, '')
    .replace(/\\/g, '/')
    .replace(/^[A-Za-z]:/, '');
  return path.split('/').filter((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

function commonSuffix(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}
