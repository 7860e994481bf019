/**
 * One CSV cell (RFC 4180). Text a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a
 * tab or carriage return first) gets a leading `'`, OWASP's neutralisation; numbers stay numbers.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const neutral = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(neutral) ? `"${neutral.replaceAll('"', '""')}"` : neutral;
}

export function csvTable(
  head: readonly string[],
  rows: readonly (string | number | boolean | null)[][],
): string {
  return [head, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
