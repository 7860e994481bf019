import { UsageError } from '../errors.ts';

/**
 * The time windows hotspots and coupling are stored for, measured back from the pinned commit.
 * `months` is NULL for the whole history.
 */
export const riskWindows = [
  { name: '6m', months: 6, label: 'the last 6 months' },
  { name: '1y', months: 12, label: 'the last 12 months' },
  { name: 'all', months: null, label: 'its whole history' },
] as const;

export type RiskWindow = (typeof riskWindows)[number]['name'];

/** The window risk scores and red flags use unless `--window` says otherwise. */
export const defaultRiskWindow: RiskWindow = '1y';

export function parseRiskWindow(value: string): RiskWindow {
  const window = riskWindows.find((w) => w.name === value);
  if (!window) throw new UsageError(`--window takes 6m, 1y or all, got ${value}`);
  return window.name;
}
