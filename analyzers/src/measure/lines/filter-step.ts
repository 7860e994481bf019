/** One entry of cloc's `%Filters_by_Language`: the Perl subroutine's name and its arguments. */
export type FilterStep = readonly [name: FilterName, ...args: readonly (string | number)[]];

export type FilterName =
  | 'Forth_paren_to_C'
  | 'add_newlines'
  | 'call_regexp_common'
  | 'docstring_to_C'
  | 'elixir_doc_to_C'
  | 'jupyter_nb'
  | 'powershell_to_C'
  | 'pre_post_fix'
  | 'reduce_to_rmd_code_blocks'
  | 'remove_OCaml_comments'
  | 'remove_above'
  | 'remove_below'
  | 'remove_below_above'
  | 'remove_between_general'
  | 'remove_between_regex'
  | 'remove_bf_comments'
  | 'remove_cobol_comments'
  | 'remove_f77_comments'
  | 'remove_f90_comments'
  | 'remove_haml_block'
  | 'remove_haskell_comments'
  | 'remove_html_comments'
  | 'remove_inline'
  | 'remove_jcl_comments'
  | 'remove_jsp_comments'
  | 'remove_matches'
  | 'remove_pug_block'
  | 'remove_slim_block'
  | 'replace_between_regex'
  | 'replace_regex'
  | 'rm_comments_in_strings'
  | 'rm_last_line'
  | 'smarty_to_C';

/**
 * A line on its way through the filters. `text` is what cloc's Perl holds at that stage (with its
 * "\n" until a filter joins and re-splits the file); `origin` is the 0-based physical line it
 * came from, so a surviving line can be reported as code.
 */
export interface SourceLine {
  readonly text: string;
  readonly origin: number;
}

/** What a filter may need besides the lines: Haskell's looks at the file name, as cloc's does. */
export interface FilterContext {
  readonly path: string;
}

export type LineFilter = (
  lines: readonly SourceLine[],
  args: readonly (string | number)[],
  context: FilterContext,
) => SourceLine[];

/** The i-th argument of a filter step, as the string Perl would see. */
export function stringArg(args: readonly (string | number)[], index: number): string {
  const value = args[index];
  return value === undefined ? '' : String(value);
}

/** Perl's `/^\s*$/` on a line that may end with "\n" (ASCII whitespace only, as on bytes). */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // tab, \n, \v, \f, \r, space
    if (code !== 32 && (code < 9 || code > 13)) return false;
  }
  return true;
}

/** Keeps the origin, replaces the text. */
export function retext(line: SourceLine, text: string): SourceLine {
  return text === line.text ? line : { text, origin: line.origin };
}
