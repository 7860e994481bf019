import type { DuckDBConnection } from '@duckdb/node-api';
import { riskWindows, type RiskWindow } from '../risk-window.ts';

const windowRows = riskWindows
  .map((w) => `('${w.name}', ${w.months ?? 'NULL'}::INTEGER, '${w.label}')`)
  .join(', ');

/**
 * The standard windows, each with its start: the pinned commit's date minus whole calendar months
 * (a commit is in the window when its author date is after the start); no start for `all`.
 * `people_context` (the people stage's working table) holds the pinned commit's date.
 */
export const createRiskWindowsSql = `
CREATE OR REPLACE TEMP TABLE risk_windows AS
SELECT w.time_window, w.label, w.time_window = $window AS is_configured, x.head_at,
  CASE WHEN w.months IS NOT NULL THEN x.head_at - to_months(w.months) END AS since
FROM people_context x, (VALUES ${windowRows}) AS w(time_window, months, label)`;

export async function createRiskWindows(connection: DuckDBConnection, window: RiskWindow): Promise<void> {
  await connection.run(createRiskWindowsSql, { window });
}
