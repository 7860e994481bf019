import type { DealReader } from '../../store/index.ts';
import type { SqlSource } from '../sql-source.ts';
import { readAuthorshipRows, type AuthorshipRow } from './authorship-rows.ts';
import { readDealIdentities } from './deal-identities.ts';
import { dealPersonKeys, repoScopedKey } from './deal-person-keys.ts';
import { readDealRepoIds } from './deal-repo-ids.ts';
import { greedyTruckFactor, type TruckFactorResult } from './greedy-truck-factor.ts';
import type { TruckFactorRow } from './repo-truck-factors.ts';
import { readScopeFiles } from './scope-files.ts';

/**
 * The truck factor of the whole deal (scope `deal`, `repo_id` NULL), over the files of every repo,
 * with people of different repos who share an identity counted as one. It reads the per-repo
 * tables through the deal's views, so it is computed when the deal is opened, not stored per repo.
 */
export async function dealTruckFactor(reader: DealReader): Promise<TruckFactorRow> {
  const result = await truckFactorAcross(reader, await readDealRepoIds(reader), new Set());
  return {
    repo_id: null,
    scope: 'deal',
    truck_factor: result.truckFactor,
    people: result.people,
    file_count: result.fileCount,
  };
}

/**
 * Greedy truck factor over the files of the given repos, people merged across them. `leaving` holds
 * `repoScopedKey(repo_id, person_id)`s whose authorship is taken away first (a departure).
 */
export async function truckFactorAcross(
  source: SqlSource,
  repoIds: readonly string[],
  leaving: ReadonlySet<string>,
): Promise<TruckFactorResult> {
  const personOf = dealPersonKeys(await readDealIdentities(source, repoIds));
  const dealPerson = (row: AuthorshipRow) =>
    personOf.get(repoScopedKey(row.repo_id, row.person_id)) ?? row.person_id;
  const files = (await readScopeFiles(source, repoIds)).map((f) => repoScopedKey(f.repo_id, f.path));
  const rows = (await readAuthorshipRows(source, repoIds)).filter(
    (row) => !leaving.has(repoScopedKey(row.repo_id, row.person_id)),
  );
  const firstCommit = earliestFirstCommits(rows, dealPerson);
  const authorships = rows.map((row) => ({
    file: repoScopedKey(row.repo_id, row.path),
    person: dealPerson(row),
    doa: row.doa,
  }));
  return greedyTruckFactor(files, authorships, (person) => firstCommit.get(person) ?? null);
}

/** A deal-wide person's first commit: the earliest of their first commits in each repo. */
function earliestFirstCommits(rows: AuthorshipRow[], dealPerson: (row: AuthorshipRow) => string) {
  const earliest = new Map<string, number>();
  for (const row of rows) {
    const at = row.first_commit_at?.getTime() ?? Number.POSITIVE_INFINITY;
    earliest.set(dealPerson(row), Math.min(at, earliest.get(dealPerson(row)) ?? at));
  }
  return earliest;
}
