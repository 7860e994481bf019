/**
 * Contracts between the measurement pieces: language detection and line classification (one
 * module), complexity per language (one module per grammar family), and the pipeline that reads
 * blobs and writes rows. Each piece is pure: text in, numbers out.
 */

/** How cloc would classify one physical line. */
export const enum LineKind {
  Blank = 0,
  Comment = 1,
  Code = 2,
}

export interface LineCounts {
  code: number;
  comment: number;
  blank: number;
}

/** One function (or method, arrow, lambda, closure...) found in a file. */
export interface FunctionMetrics {
  /** Qualified name: `Class.method`, `object.property`, `outer/inner`, `<anonymous@12>`. */
  name: string;
  /** e.g. `function`, `method`, `arrow`, `getter`, `setter`, `constructor`, `lambda`, `class-field`. */
  kind: string;
  /** 1-based line and column of the start of the function node. */
  startLine: number;
  startColumn: number;
  endLine: number;
  params: number;
  cyclomatic: number;
  cognitive: number;
}

/** A module a file imports, as written (TS/JS only). */
export interface ImportSpecifier {
  specifier: string;
  /** 1-based line of the specifier. */
  line: number;
  /** `import type` / `export type`: no run-time dependency. */
  typeOnly: boolean;
}

export interface ComplexityResult {
  functions: FunctionMetrics[];
  /** The file's module specifiers, for analyzers that find them in the same parse. */
  imports?: ImportSpecifier[];
  /** True when the grammar reported syntax errors: the functions are tree-sitter's partial result. */
  hasSyntaxErrors: boolean;
}

/** A complexity analyzer for one language family. `language` is the detected language name. */
export type MeasureComplexity = (source: string, language: string) => ComplexityResult;
