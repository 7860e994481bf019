/**
 * The direction of a codebase's activity, from commits by people in the last 6 months against the
 * 6 months before (docs/metrics.md, "Activity trend").
 */
export function activityTrend(recent: number, previous: number): string {
  if (recent === 0) return 'dormant';
  if (previous === 0) return 'new';
  const ratio = recent / previous;
  if (ratio >= 1.25) return 'growing';
  if (ratio <= 0.75) return 'declining';
  return 'stable';
}

/** The ratio the activity grade reads; NULL when there is nothing to compare. */
export function activityRatio(recent: number, previous: number): number | null {
  if (previous === 0) return recent === 0 ? 0 : null;
  return recent / previous;
}
