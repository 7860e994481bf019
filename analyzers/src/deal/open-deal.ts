import { dealTruckFactor } from '../people/index.ts';
import { dealRedFlags } from '../risk/index.ts';
import { redFlags, truckFactor } from '../schema/index.ts';
import { DealReader } from '../store/index.ts';

/**
 * Opens a deal for reading with the rows that only exist across repos materialised: the deal-wide
 * truck factor (scope `deal`, `repo_id` NULL) joins the per-repo rows of `truck_factor`, and the
 * deal-wide red flags (`repo_id` NULL, read after it) join those of `red_flags`.
 */
export async function openDeal(dbDir: string, connections = 1): Promise<DealReader> {
  const reader = await DealReader.open(dbDir, connections);
  try {
    if (reader.repoFiles.length > 0) await reader.addDealRows(truckFactor, [await dealTruckFactor(reader)]);
    if (reader.repoFiles.length > 0) await reader.addDealRows(redFlags, await dealRedFlags(reader));
    return reader;
  } catch (error) {
    await reader.close();
    throw error;
  }
}
