/**
 * HTML built with a tagged template: every interpolated value is escaped unless it is already
 * `SafeHtml` (made by this tag). Forgetting to escape a repository value is then impossible.
 */
export class SafeHtml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Value = SafeHtml | string | number | readonly (SafeHtml | string | number)[];

export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += piece(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

function piece(value: Value): string {
  if (Array.isArray(value)) return value.map((v: SafeHtml | string | number) => piece(v)).join('');
  if (value instanceof SafeHtml) return value.text;
  return escapeHtml(String(value));
}

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
