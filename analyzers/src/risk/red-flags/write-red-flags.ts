import type { DuckDBConnection } from '@duckdb/node-api';
import type { RiskOptions } from '../risk-options.ts';
import { flagAiAssisted } from './flag-ai-assisted.ts';
import { flagComplexFunctions } from './flag-complex-functions.ts';
import { flagDormant } from './flag-dormant.ts';
import { flagImportedHistory } from './flag-imported-history.ts';
import { flagLowTruckFactor } from './flag-low-truck-factor.ts';
import { flagOrphanedCode } from './flag-orphaned-code.ts';
import { flagShallowHistory } from './flag-shallow-history.ts';
import { flagUntestedHotspots } from './flag-untested-hotspots.ts';

/** Raises the repo's red flags, one query per flag; each inserts a row only when its bar is crossed. */
export async function writeRedFlags(connection: DuckDBConnection, repoId: string, options: RiskOptions) {
  await flagLowTruckFactor(connection, repoId);
  await flagOrphanedCode(connection, repoId);
  await flagUntestedHotspots(connection, repoId);
  await flagComplexFunctions(connection, repoId);
  await flagDormant(connection, repoId, options.asOf);
  await flagShallowHistory(connection, repoId, options.shallow);
  await flagImportedHistory(connection, repoId);
  await flagAiAssisted(connection, repoId);
}
