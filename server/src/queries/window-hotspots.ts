import { hotspots, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

/** The hotspots of each repo in its configured window, each repo's top hotspot first. */
export const windowHotspotsSql = `
SELECT h.* FROM hotspots h
JOIN hotspot_summary s ON s.repo_id = h.repo_id AND s.time_window = h.time_window AND s.is_configured
WHERE h.${inRepoIds}
ORDER BY h.repo_id, h.rank`;

export function readWindowHotspots(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof hotspots>[]> {
  return reader.rows(hotspots, windowHotspotsSql, repoIdsParam(repoIds));
}
