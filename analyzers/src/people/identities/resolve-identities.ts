import type { RowOf, identities } from '../../schema/index.ts';
import { collectIdentities, type Identity } from './collect-identities.ts';
import type { IdentitiesFile } from './identities-file.ts';
import type { IdentityEvidenceRow } from './identity-evidence.ts';
import { mergeIdentities } from './merge-identities.ts';
import type { MergeRuleName } from './merge-rules.ts';
import { personOfGroup, type Person } from './person-of-group.ts';

export type IdentityRow = RowOf<typeof identities>;

/** One `identities` row per identity, in `author_id` order: its person, the rule that merged it, its kind. */
export function resolveIdentities(
  repoId: string,
  evidence: IdentityEvidenceRow[],
  file: IdentitiesFile,
): IdentityRow[] {
  const all = collectIdentities(evidence);
  const { groups, ruleOf } = mergeIdentities(all, file);
  const rows = groups.flatMap((group) => {
    const members = group.flatMap((index) => all[index] ?? []);
    const person = personOfGroup(members, file);
    return group.flatMap((index) => {
      const identity = all[index];
      return identity ? [identityRow(repoId, identity, person, ruleOf[index] ?? null)] : [];
    });
  });
  return rows.sort((a, b) => (a.author_id < b.author_id ? -1 : a.author_id > b.author_id ? 1 : 0));
}

function identityRow(repoId: string, identity: Identity, person: Person, rule: MergeRuleName | null) {
  return {
    repo_id: repoId,
    author_id: identity.authorId,
    person_id: person.personId,
    person_name: person.name,
    person_email: person.email,
    rule: rule ?? 'single',
    kind: person.kind.kind,
    kind_rule: person.kind.rule,
    assistant: person.kind.assistant,
  };
}
