/** The bars red flags are raised at (docs/metrics.md, "Red flags"). */
export const redFlagThresholds = {
  /** `low-truck-factor`: a truck factor at or below this; `high` at 1 or 0. */
  truckFactor: 2,
  /** `orphaned-code`: more than this share of code lines has no active author. */
  orphanedShare: 0.4,
  /** `complex-functions`: functions whose cyclomatic complexity is above this. */
  functionCyclomatic: 50,
  /** `dormant`: no commit in this many days before the analysis (or `--until`). */
  dormantDays: 90,
  /** `imported-history`: one commit added at least this share of all lines ever added... */
  importedShare: 0.5,
  /** ...and at least this many lines. */
  importedMinLines: 1000,
  /** `ai-assisted`: at least this share of the window's non-merge commits credit an AI assistant. */
  aiAssistedShare: 0.25,
  /** `untested-hotspots` is `high` when at least this share of the top hotspots has no test reach. */
  untestedHotspotsHighShare: 0.5,
  /** Files listed as evidence, at most. */
  evidencePaths: 10,
} as const;
