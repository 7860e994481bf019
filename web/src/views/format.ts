export const formatNumber = (v: number | null | undefined) =>
  v === null || v === undefined ? '–' : v.toLocaleString('en-US');
export const formatPercent = (v: number | null | undefined) =>
  v === null || v === undefined ? '–' : `${(v * 100).toFixed(0)}%`;
export const formatDate = (v: string | null | undefined) => (v ? v.slice(0, 10) : '–');
export const formatDecimal = (v: number | null | undefined, digits = 2) =>
  v === null || v === undefined ? '–' : v.toFixed(digits);
