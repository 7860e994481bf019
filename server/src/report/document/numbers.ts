/** How numbers read in every format: thousands separated, shares as percentages, dates as days. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

export function percent(share: number | null): string {
  return share === null ? 'n/a' : `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

export function day(iso: string | null): string {
  return iso === null ? 'n/a' : iso.slice(0, 10);
}

export function ratio(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : percent(part / whole);
}
