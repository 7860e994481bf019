import { Type } from '@sinclair/typebox';

/** The risk stage stores hotspots and coupling for these windows (`hotspots.time_window`). */
export const timeWindows = ['6m', '1y', 'all'] as const;

export const windowSchema = Type.Union(
  timeWindows.map((w) => Type.Literal(w)),
  {
    default: '1y',
    description: 'Analysis window of the risk stage: `6m`, `1y` (months before the pinned commit) or `all`.',
  },
);
