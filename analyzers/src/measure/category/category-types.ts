/** What a file is, for deciding whether it counts as authored source. */
export type Category = 'generated' | 'vendored' | 'minified' | 'test' | 'documentation' | 'config' | 'source';

/**
 * The Linguist attributes `.gitattributes` gives a path: true when set (`linguist-vendored`,
 * `linguist-vendored=true`), false when unset (`-linguist-vendored`, `linguist-vendored=false`),
 * absent when unspecified (never mentioned, or reset with `!linguist-vendored`).
 */
export interface LinguistAttributes {
  readonly generated?: boolean;
  readonly vendored?: boolean;
  readonly documentation?: boolean;
}

export interface CategoryInput {
  /** Repository-relative, `/`-separated. */
  readonly path: string;
  /** As detectLanguage names it; null when unknown. */
  readonly language: string | null;
  /** The start of the content (a few KB); the heuristics never need more. */
  readonly head: string;
  /** Whole blob size in bytes. */
  readonly size: number;
  readonly attributes: LinguistAttributes;
}

/** One path rule: a regular expression over the repository-relative path. */
export type PathRule = RegExp;

export function matchesAny(path: string, rules: readonly PathRule[]): boolean {
  return rules.some((rule) => rule.test(path));
}
