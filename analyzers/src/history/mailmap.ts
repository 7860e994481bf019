import type { RawIdentity } from '../mine/types.ts';

interface Replacement {
  name: string | null;
  email: string | null;
}

interface EmailEntry {
  fallback: Replacement | null;
  byName: Map<string, Replacement>;
}

/**
 * git's `.mailmap`, with git's matching rules: emails and names compare case-insensitively, an entry
 * that names the commit's name wins over one that gives the email alone, later lines override earlier.
 */
export class Mailmap {
  private readonly entries = new Map<string, EmailEntry>();

  static parse(text: string): Mailmap {
    const map = new Mailmap();
    for (const line of text.split('\n')) map.addLine(line);
    return map;
  }

  resolve(identity: RawIdentity): RawIdentity {
    const entry = this.entries.get(identity.email.toLowerCase());
    const hit = entry?.byName.get(identity.name.toLowerCase()) ?? entry?.fallback;
    if (!hit) return identity;
    return { name: hit.name ?? identity.name, email: hit.email ?? identity.email };
  }

  private addLine(line: string): void {
    const withoutComment = line.replace(/#.*/, '');
    const parts = [...withoutComment.matchAll(/([^<]*)<([^>]*)>/g)];
    const [first, second] = parts;
    if (!first) return;
    const properName = first[1]?.trim() || null;
    const properEmail = first[2]?.trim() ?? '';
    if (!second) return this.add(properEmail, null, { name: properName, email: null });
    const commitName = second[1]?.trim() || null;
    const commitEmail = second[2]?.trim() ?? '';
    this.add(commitEmail, commitName, { name: properName, email: properEmail || null });
  }

  private add(commitEmail: string, commitName: string | null, replacement: Replacement): void {
    const key = commitEmail.toLowerCase();
    const entry = this.entries.get(key) ?? { fallback: null, byName: new Map() };
    if (commitName === null) entry.fallback = merge(entry.fallback, replacement);
    else
      entry.byName.set(
        commitName.toLowerCase(),
        merge(entry.byName.get(commitName.toLowerCase()) ?? null, replacement),
      );
    this.entries.set(key, entry);
  }
}

/** git keeps what an earlier line set when a later line for the same key leaves it out. */
function merge(previous: Replacement | null, next: Replacement): Replacement {
  return { name: next.name ?? previous?.name ?? null, email: next.email ?? previous?.email ?? null };
}
