/**
 * Minified JavaScript and CSS. By name (`x.min.js`, `x-min.css`, as in Linguist's vendor.yml),
 * or by content as Linguist's generated.rb measures it: an average line length over 110
 * characters. Linguist averages over the whole file; we average over the head we are given,
 * leaving out a last line the head cut short.
 */
const minifiableExtension = /\.(?:js|mjs|cjs|css)$/i;
const minifiedName = /[.-]min\.(?:js|mjs|cjs|css)$/i;
const longestAverageLine = 110;

export function isMinified(path: string, head: string, size: number): boolean {
  if (minifiedName.test(path)) return true;
  if (!minifiableExtension.test(path) || head === '') return false;
  const lines = head.split('\n');
  const truncated = Buffer.byteLength(head) < size;
  if (truncated && lines.length > 1) lines.pop();
  const characters = lines.reduce((sum, line) => sum + line.length, 0);
  return Math.floor(characters / lines.length) > longestAverageLine;
}
