/**
 * Git's `%s` and `%b` (pretty.c): skip leading blank lines; the subject is the first paragraph,
 * each line stripped of trailing whitespace and joined by single spaces; the body starts at the
 * next non-blank line and is kept verbatim.
 */
export function gitSubjectAndBody(message: string): { subject: string; body: string } {
  let at = skipBlankLines(message, 0);
  const subjectLines: string[] = [];
  for (;;) {
    const end = endOfLine(message, at);
    const line = trimEndGitSpace(message.slice(at, end));
    at = end;
    if (line === '') break;
    subjectLines.push(line);
  }
  return { subject: subjectLines.join(' '), body: message.slice(skipBlankLines(message, at)) };
}

/** Index just past the line starting at `from` (its newline included), or the text's end. */
function endOfLine(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline + 1;
}

function skipBlankLines(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const end = endOfLine(text, at);
    if (trimEndGitSpace(text.slice(at, end)) !== '') break;
    at = end;
  }
  return at;
}

/** Git's isspace() is only space, tab, LF and CR. */
function trimEndGitSpace(text: string): string {
  return text.replace(/[ \t\n\r]+$/, '');
}
