import type { Identity } from './collect-identities.ts';
import { domainOf, githubLoginOf, isPublicMailDomain } from './email-parts.ts';
import type { IdentitiesFile } from './identities-file.ts';
import { normalizeName } from './normalize-name.ts';

export type MergeRuleName =
  'identities-file' | 'shared-email' | 'github-noreply' | 'name-and-domain' | 'same-name';

/** A rule links identities that share one of the keys it gives them. */
export interface MergeRule {
  name: MergeRuleName;
  keysOf(identity: Identity): string[];
}

/** The rules, strongest first: an identity is reported under the first rule that merged it. */
export function mergeRules(file: IdentitiesFile): MergeRule[] {
  return [
    { name: 'identities-file', keysOf: (identity) => fileMergeKeys(identity, file.merge) },
    { name: 'shared-email', keysOf: (identity) => [...identity.emails] },
    { name: 'github-noreply', keysOf: githubLoginKeys },
    { name: 'name-and-domain', keysOf: nameAndDomainKeys },
    { name: 'same-name', keysOf: sameNameKeys },
  ];
}

function fileMergeKeys(identity: Identity, groups: string[][]): string[] {
  return groups.flatMap((group, i) => (group.some((email) => identity.emails.has(email)) ? [`${i}`] : []));
}

function githubLoginKeys(identity: Identity): string[] {
  return [...identity.emails].flatMap((email) => githubLoginOf(email) ?? []);
}

/** Same normalized name at the same (non-public) email domain. */
function nameAndDomainKeys(identity: Identity): string[] {
  const domain = domainOf(identity.email);
  if (domain === '' || isPublicMailDomain(domain)) return [];
  const names = [...identity.names.keys()].map(normalizeName).filter((name) => name.length >= 2);
  return [...new Set(names)].map((name) => `${name}@${domain}`);
}

/**
 * Names a tool or a template writes, not a person: two people would share them.
 * Compared normalized (see normalizeName).
 */
const placeholderNames = new Set([
  'yourname',
  'noname',
  'firstnamelastname',
  'johndoe',
  'janedoe',
  'testuser',
  'unknownauthor',
  'unknownuser',
  'localuser',
  'builduser',
  'githubaction',
  'githubactions',
  'githubenterprise',
  'gitlabci',
  'jenkinsci',
]);

/**
 * The same full name, whatever the emails, as the truck factor's reference implementation merges
 * aliases (Avelino et al.: one developer per normalized name). Only names of two words or more,
 * and no placeholder: a lone word (`root`, `dev`, a login) is too often shared by strangers.
 */
function sameNameKeys(identity: Identity): string[] {
  const names = [...identity.names.keys()]
    .filter(
      (name) =>
        name
          .trim()
          .split(/\s+/)
          .filter((word) => /\p{L}/u.test(word)).length >= 2,
    )
    .map(normalizeName)
    .filter((name) => name.length >= 4 && !placeholderNames.has(name));
  return [...new Set(names)].map((name) => `name:${name}`);
}
