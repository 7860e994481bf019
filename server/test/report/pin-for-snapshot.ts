import type { Summary } from '../../src/report/index.ts';

export const pinnedTime = '2026-01-01T00:00:00.000Z';

/**
 * The two values of a summary that differ between runs of the same fixture: where the temporary
 * repo was built, and when it was analyzed. Snapshots pin them; everything else is compared as is.
 */
export function pinForSnapshot(summary: Summary): Summary {
  return {
    ...summary,
    asOf: pinnedTime,
    appendix: {
      ...summary.appendix,
      audit: summary.appendix.audit.map((a) => ({
        ...a,
        source: `fixtures/${a.name}`,
        analyzedAt: pinnedTime,
      })),
    },
  };
}
