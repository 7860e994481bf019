/** Each of cloc's filter subroutines, by the name its language tables use. */
import type { FilterName, LineFilter } from '../filter-step.ts';
import {
  removeBetweenGeneral,
  removeBetweenRegex,
  removeHtmlComments,
  removeJspComments,
  replaceBetweenRegex,
} from './block-markers.ts';
import { docstringToC, elixirDocToC, forthParenToC, powershellToC, smartyToC } from './comment-rewrites.ts';
import {
  removeBrainfuckComments,
  removeCobolComments,
  removeF77Comments,
  removeF90Comments,
  removeJclComments,
} from './fixed-form.ts';
import { removeHaskellComments } from './haskell-comments.ts';
import { removeHamlBlock, removePugBlock, removeSlimBlock } from './indented-blocks.ts';
import { callRegexpCommon, prePostFix } from './joined-filters.ts';
import {
  addNewlines,
  keepAll,
  removeAbove,
  removeBelow,
  removeBelowAbove,
  removeLastLine,
  removeMatches,
  replaceRegex,
} from './line-matching.ts';
import { jupyterNotebook, rMarkdownCodeBlocks } from './notebooks.ts';
import { removeOcamlComments } from './ocaml-comments.ts';

export const filterByName: Readonly<Record<FilterName, LineFilter>> = {
  Forth_paren_to_C: forthParenToC,
  add_newlines: addNewlines,
  call_regexp_common: callRegexpCommon,
  docstring_to_C: docstringToC,
  elixir_doc_to_C: elixirDocToC,
  jupyter_nb: jupyterNotebook,
  powershell_to_C: powershellToC,
  pre_post_fix: prePostFix,
  reduce_to_rmd_code_blocks: rMarkdownCodeBlocks,
  remove_OCaml_comments: removeOcamlComments,
  remove_above: removeAbove,
  remove_below: removeBelow,
  remove_below_above: removeBelowAbove,
  remove_between_general: removeBetweenGeneral,
  remove_between_regex: removeBetweenRegex,
  remove_bf_comments: removeBrainfuckComments,
  remove_cobol_comments: removeCobolComments,
  remove_f77_comments: removeF77Comments,
  remove_f90_comments: removeF90Comments,
  remove_haml_block: removeHamlBlock,
  remove_haskell_comments: removeHaskellComments,
  remove_html_comments: removeHtmlComments,
  // Both are off in a default cloc run (they need --inline and --strip-str-comments), and the
  // counter skips them.
  remove_inline: keepAll,
  rm_comments_in_strings: keepAll,
  remove_jcl_comments: removeJclComments,
  remove_jsp_comments: removeJspComments,
  remove_matches: removeMatches,
  remove_pug_block: removePugBlock,
  remove_slim_block: removeSlimBlock,
  replace_between_regex: replaceBetweenRegex,
  replace_regex: replaceRegex,
  rm_last_line: removeLastLine,
  smarty_to_C: smartyToC,
};
