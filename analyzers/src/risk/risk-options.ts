import type { RiskWindow } from './risk-window.ts';

export interface RiskOptions {
  /** The window file risk and red flags use; hotspots and coupling are stored for every window. */
  window: RiskWindow;
  /** True when the repository is a shallow clone (a red flag). */
  shallow: boolean;
  /** The date "no commits in 90 days" is measured back from: `--until`, else the analysis time. */
  asOf: Date;
}
