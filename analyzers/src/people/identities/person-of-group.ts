import { compareText, type Identity } from './collect-identities.ts';
import type { IdentitiesFile } from './identities-file.ts';
import { identityKindOf, type IdentityKind } from './identity-kind.ts';

export interface Person {
  personId: string;
  name: string;
  email: string;
  kind: IdentityKind;
}

/**
 * The person a group of identities is: named after the identity with the most commits (ties: more
 * uses, then `author_id`), called by the name used most across the group unless the identities file
 * renames it, and a bot or an AI assistant when any of its identities is one.
 */
export function personOfGroup(members: Identity[], file: IdentitiesFile): Person {
  const [main] = [...members].sort(
    (a, b) => b.authored - a.authored || b.uses - a.uses || compareText(a.authorId, b.authorId),
  );
  if (!main) throw new RangeError('a person needs at least one identity');
  return {
    personId: main.authorId,
    name: nameOf(members, file),
    email: main.email,
    kind: kindOf(members, file),
  };
}

function nameOf(members: Identity[], file: IdentitiesFile): string {
  const [renamed] = members
    .flatMap((m) => [...m.emails].flatMap((e) => file.rename[e] ?? []))
    .sort(compareText);
  if (renamed !== undefined) return renamed;
  const uses = new Map<string, number>();
  for (const member of members) {
    for (const [name, count] of member.names) uses.set(name, (uses.get(name) ?? 0) + count);
  }
  const [best] = [...uses].sort(([a, x], [b, y]) => y - x || compareText(a, b));
  return best?.[0] ?? '';
}

function kindOf(members: Identity[], file: IdentitiesFile): IdentityKind {
  const listed = (emails: string[]) => members.some((m) => emails.some((email) => m.emails.has(email)));
  if (listed(file.humans)) return { kind: 'person', rule: null, assistant: null };
  if (listed(file.bots)) return { kind: 'bot', rule: 'identities-file', assistant: null };
  const kinds = members.flatMap((m) => [...m.names.keys()].map((name) => identityKindOf(name, m.email)));
  return (
    kinds.find((k) => k.kind === 'ai-assistant') ??
    kinds.find((k) => k.kind === 'bot') ?? { kind: 'person', rule: null, assistant: null }
  );
}
