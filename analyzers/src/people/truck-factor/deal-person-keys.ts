import { IdentityGroups } from '../identities/identity-groups.ts';
import type { DealIdentity } from './deal-identities.ts';

/** A repo's id and an id within it (a person, a path) as one map key. */
export function repoScopedKey(repoId: string, id: string): string {
  return `${repoId}\u0000${id}`;
}

/**
 * One person across the deal: people of different repos who share an identity (an `author_id`)
 * are one, named by the smallest of their `person_id`s. Returns the deal-wide person of each
 * `repoScopedKey(repo_id, person_id)`.
 */
export function dealPersonKeys(rows: readonly DealIdentity[]): Map<string, string> {
  const keys = [...new Set(rows.map((r) => repoScopedKey(r.repo_id, r.person_id)))];
  const indexOf = new Map(keys.map((key, index) => [key, index]));
  const indexOfRow = (row: DealIdentity) => indexOf.get(repoScopedKey(row.repo_id, row.person_id)) ?? 0;
  const groups = new IdentityGroups(keys.length, new Map());
  const firstWithAuthor = new Map<string, number>();
  for (const row of rows) {
    const first = firstWithAuthor.get(row.author_id);
    if (first === undefined) firstWithAuthor.set(row.author_id, indexOfRow(row));
    else groups.union(first, indexOfRow(row));
  }
  const nameOfRoot = new Map<number, string>();
  for (const row of rows) {
    const [root, name] = [groups.root(indexOfRow(row)), nameOfRoot.get(groups.root(indexOfRow(row)))];
    if (name === undefined || row.person_id < name) nameOfRoot.set(root, row.person_id);
  }
  return new Map(keys.map((key, index) => [key, nameOfRoot.get(groups.root(index)) ?? key]));
}
