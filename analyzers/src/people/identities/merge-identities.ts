import type { Identity } from './collect-identities.ts';
import type { IdentitiesFile } from './identities-file.ts';
import { IdentityGroups } from './identity-groups.ts';
import { mergeRules, type MergeRuleName } from './merge-rules.ts';

export interface MergedIdentities {
  /** Each person's identities, as indexes into the input. */
  groups: number[][];
  /** For each identity, the strongest rule that merged it; null when it stands alone. */
  ruleOf: (MergeRuleName | null)[];
}

/**
 * Applies the merge rules in order. Within a rule, every identity is linked to the first identity
 * that had the same key; a link the identities file's `split` forbids is skipped.
 */
export function mergeIdentities(identities: Identity[], file: IdentitiesFile): MergedIdentities {
  const groups = new IdentityGroups(identities.length, splitLabels(identities, file.split));
  const ruleOf: (MergeRuleName | null)[] = identities.map(() => null);
  for (const rule of mergeRules(file)) {
    const firstWithKey = new Map<string, number>();
    identities.forEach((identity, index) => {
      for (const key of rule.keysOf(identity)) {
        const first = firstWithKey.get(key);
        if (first === undefined) firstWithKey.set(key, index);
        else if (first !== index && groups.union(first, index)) {
          ruleOf[first] ??= rule.name;
          ruleOf[index] ??= rule.name;
        }
      }
    });
  }
  return { groups: collectGroups(identities.length, (i) => groups.root(i)), ruleOf };
}

function splitLabels(identities: Identity[], split: string[][]): Map<number, [number, number][]> {
  const labels = new Map<number, [number, number][]>();
  identities.forEach((identity, index) => {
    split.forEach((group, g) => {
      const member = group.findIndex((email) => identity.emails.has(email));
      if (member >= 0) labels.set(index, [...(labels.get(index) ?? []), [g, member]]);
    });
  });
  return labels;
}

function collectGroups(size: number, rootOf: (index: number) => number): number[][] {
  const byRoot = new Map<number, number[]>();
  for (let index = 0; index < size; index += 1) {
    const root = rootOf(index);
    const group = byRoot.get(root) ?? [];
    group.push(index);
    byRoot.set(root, group);
  }
  return [...byRoot.values()];
}
