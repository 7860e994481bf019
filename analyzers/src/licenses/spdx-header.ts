/** The expression of an `SPDX-License-Identifier:` line in the first 4 KB of a file, or null. */
export function spdxHeaderOf(text: string): string | null {
  const match = /SPDX-License-Identifier:\s*([^\r\n]*)/.exec(text.slice(0, 4096));
  const expression = match?.[1]?.replace(/\s*(\*\/|-->|#}|\*\)).*$/, '').trim();
  return expression ? expression : null;
}
