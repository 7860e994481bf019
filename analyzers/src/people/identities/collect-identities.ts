import type { IdentityEvidenceRow } from './identity-evidence.ts';

/** One identity of `authors`, with everything the merge rules look at. */
export interface Identity {
  authorId: string;
  /** Email after `.mailmap`, as written. */
  email: string;
  /** Every email it is known by, lower-cased: after `.mailmap` and raw. */
  emails: Set<string>;
  /** Names used, with how often. */
  names: Map<string, number>;
  /** Commits authored. */
  authored: number;
  /** Commits authored plus co-author trailers. */
  uses: number;
}

/** Folds the evidence rows (several per identity) into one `Identity` each, in `author_id` order. */
export function collectIdentities(rows: IdentityEvidenceRow[]): Identity[] {
  const byId = new Map<string, Identity>();
  for (const row of rows) {
    const identity = byId.get(row.author_id) ?? newIdentity(row);
    byId.set(row.author_id, identity);
    if (row.raw_email !== '') identity.emails.add(row.raw_email);
    identity.names.set(row.name, (identity.names.get(row.name) ?? 0) + row.uses);
    identity.authored += row.authored;
    identity.uses += row.uses;
  }
  return [...byId.values()].sort((a, b) => compareText(a.authorId, b.authorId));
}

function newIdentity(row: IdentityEvidenceRow): Identity {
  const mapped = row.email.trim().toLowerCase();
  const emails = new Set(mapped === '' ? [] : [mapped]);
  return { authorId: row.author_id, email: row.email, emails, names: new Map(), authored: 0, uses: 0 };
}

/** Code-point order, as DuckDB sorts text: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
