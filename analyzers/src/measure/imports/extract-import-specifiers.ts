import { ts } from 'ts-morph';

export interface ImportSpecifier {
  specifier: string;
  /** 1-based line of the specifier. */
  line: number;
  typeOnly: boolean;
}

/**
 * Module specifiers of a TS/JS file (imports, re-exports, `require`, dynamic `import()` with a
 * literal) from TypeScript's own pre-processing scanner: no full parse, nothing run.
 */
export function extractImportSpecifiers(text: string): ImportSpecifier[] {
  // `require` and `import()` count in TypeScript files too.
  const info = ts.preProcessFile(text, true, true);
  const lineOf = lineFinder(text);
  return info.importedFiles.map((ref) => ({
    specifier: ref.fileName,
    line: lineOf(ref.pos),
    typeOnly: isTypeOnly(text, ref.pos),
  }));
}

/** 1-based line of a character offset, by binary search over line starts. */
function lineFinder(text: string): (pos: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (pos) => {
    let [low, high] = [0, starts.length - 1];
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= pos) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** `import type … from` / `export type … from`: the nearest statement keyword before the specifier. */
function isTypeOnly(text: string, specifierPos: number): boolean {
  const before = text.slice(Math.max(0, specifierPos - 2000), specifierPos);
  const keyword = /\b(import|export)\s+(type\s)?[^;]*$/.exec(before);
  return Boolean(keyword?.[2]);
}
