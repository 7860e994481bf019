import { truckFactor } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';

export const truckFactorRow = truckFactor;

/** The repo's truck factor and that of each top-level directory. */
export const repoTruckFactorQuery = defineQuery<typeof truckFactorRow, { repo: string }>(
  truckFactorRow,
  `SELECT * FROM truck_factor WHERE repo_id = $repo ORDER BY scope <> 'repo', scope`,
);
