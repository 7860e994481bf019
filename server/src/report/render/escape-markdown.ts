/**
 * Text from a repository made inert in GitHub-flavoured Markdown: punctuation Markdown reads as
 * inline syntax is backslash-escaped everywhere, block markers (`-`, `+`, `=`, `1.`) at the start,
 * `<`, `>` and `&` become entities (so no HTML reaches the page), and line breaks become spaces (a
 * table row is one line).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#!|~]/g, '\\$&')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
