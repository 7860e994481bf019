import type { SqlSource } from '../sql-source.ts';
import { readDealIdentities, type DealIdentity } from '../truck-factor/deal-identities.ts';
import { dealPersonKeys, repoScopedKey } from '../truck-factor/deal-person-keys.ts';
import { truckFactorAcross } from '../truck-factor/deal-truck-factor.ts';
import type { TruckFactorResult } from '../truck-factor/greedy-truck-factor.ts';
import { readDepartingPeople } from './departing-people.ts';
import { readOrphansAfterDeparture, type DepartureImpact } from './orphans-after-departure.ts';

export interface LeavingPerson {
  repo_id: string;
  person_id: string;
  name: string;
}

export interface TruckFactorChange {
  repoId: string | null;
  scope: 'repo' | 'deal';
  before: TruckFactorResult;
  after: TruckFactorResult;
}

export interface DepartureSimulation {
  /** The people the emails name, in every repo they worked in. */
  leaving: LeavingPerson[];
  /** Emails (lower-cased) that name nobody in these repos. */
  unknownEmails: string[];
  /** Orphaned files and lines before and after, per repo (scope `repo`) and per directory (`src/`). */
  impacts: DepartureImpact[];
  /** Truck factor before and after, per repo and, with more than one repo, across them (`deal`). */
  truckFactors: TruckFactorChange[];
}

/**
 * Off-boarding simulation: what becomes orphaned (no active DOA author left) and what the truck
 * factor becomes when these people leave. An email names a person in every repo where it is one of
 * their identities, and in the other repos where that person shares an identity with them.
 */
export async function simulateDepartures(
  source: SqlSource,
  repoIds: readonly string[],
  emails: readonly string[],
): Promise<DepartureSimulation> {
  const named = await readDepartingPeople(source, repoIds, emails);
  const leaving = leavingEverywhere(await readDealIdentities(source, repoIds), named);
  const known = new Set(named.map((person) => person.email));
  return {
    leaving,
    unknownEmails: [...new Set(emails.map((e) => e.trim().toLowerCase()))].filter((e) => !known.has(e)),
    impacts: await readOrphansAfterDeparture(source, repoIds, leaving),
    truckFactors: await truckFactorChanges(source, repoIds, new Set(leaving.map(keyOf))),
  };
}

function leavingEverywhere(identities: DealIdentity[], named: { repo_id: string; person_id: string }[]) {
  const personOf = dealPersonKeys(identities);
  const leavingPeople = new Set(named.map((person) => personOf.get(keyOf(person))));
  const leaving = new Map<string, LeavingPerson>();
  for (const row of identities) {
    if (!leavingPeople.has(personOf.get(keyOf(row)))) continue;
    leaving.set(keyOf(row), { repo_id: row.repo_id, person_id: row.person_id, name: row.person_name });
  }
  return [...leaving.values()];
}

async function truckFactorChanges(
  source: SqlSource,
  repoIds: readonly string[],
  leaving: ReadonlySet<string>,
): Promise<TruckFactorChange[]> {
  const scopes: { repoId: string | null; ids: readonly string[] }[] = repoIds.map((id) => ({
    repoId: id,
    ids: [id],
  }));
  if (repoIds.length > 1) scopes.push({ repoId: null, ids: repoIds });
  const changes: TruckFactorChange[] = [];
  for (const { repoId, ids } of scopes) {
    const before = await truckFactorAcross(source, ids, new Set());
    const after = await truckFactorAcross(source, ids, leaving);
    changes.push({ repoId, scope: repoId === null ? 'deal' : 'repo', before, after });
  }
  return changes;
}

function keyOf(person: { repo_id: string; person_id: string }): string {
  return repoScopedKey(person.repo_id, person.person_id);
}
