import type { DuckDBConnection } from '@duckdb/node-api';
import { redFlagThresholds } from './red-flag-thresholds.ts';

/**
 * `dormant`: no commit (committer date) in the 90 days before `$as_of` (`--until`, else now); the
 * value is the whole days since the last commit.
 */
export const flagDormantSql = `
INSERT INTO red_flags
WITH last AS (SELECT max(coalesce(committed_at, authored_at)) AS last_at FROM commits)
SELECT $repo_id, 'dormant', 'medium', '',
  format('No commit in the {} days before {}: the last was on {}', $days,
    strftime(timezone('UTC', $as_of::TIMESTAMPTZ), '%Y-%m-%d'), strftime(timezone('UTC', last_at), '%Y-%m-%d')),
  floor((epoch($as_of::TIMESTAMPTZ) - epoch(last_at)) / 86400), $days, [], strftime(timezone('UTC', last_at), '%Y-%m-%d')
FROM last
WHERE last_at < $as_of::TIMESTAMPTZ - to_days($days::INTEGER)`;

export async function flagDormant(connection: DuckDBConnection, repoId: string, asOf: Date): Promise<void> {
  const params = { repo_id: repoId, as_of: asOf.toISOString(), days: redFlagThresholds.dormantDays };
  await connection.run(flagDormantSql, params);
}
