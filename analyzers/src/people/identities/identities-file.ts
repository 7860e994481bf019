import { InvalidIdentitiesFileError } from './invalid-identities-file-error.ts';

/**
 * Corrections a user gives to identity merging (`--identities FILE`, JSON). Every email is matched,
 * case-insensitively, against an identity's email after `.mailmap` and the raw emails of its commits.
 */
export interface IdentitiesFile {
  /** Each group of emails is one person. */
  merge: string[][];
  /** Each group of emails are different people: no rule merges two of them. */
  split: string[][];
  /** Display name of the person an email belongs to. */
  rename: Record<string, string>;
  /** Emails of bots the automatic rules miss. */
  bots: string[];
  /** Emails the automatic rules take for a bot by mistake. */
  humans: string[];
}

export const emptyIdentitiesFile: IdentitiesFile = { merge: [], split: [], rename: {}, bots: [], humans: [] };

const knownKeys = new Set(['merge', 'split', 'rename', 'bots', 'humans']);

/** Checks parsed JSON against the format; `source` names the file in error messages. */
export function parseIdentitiesFile(json: unknown, source: string): IdentitiesFile {
  const fail = (reason: string) => new InvalidIdentitiesFileError(source, reason);
  if (!isRecord(json)) throw fail('expected a JSON object');
  const unknown = Object.keys(json).filter((key) => !knownKeys.has(key));
  if (unknown.length > 0) throw fail(`unknown key ${unknown.map((k) => `"${k}"`).join(', ')}`);
  return {
    merge: emailGroups(json.merge, 'merge', fail),
    split: emailGroups(json.split, 'split', fail),
    rename: renames(json.rename, fail),
    bots: emailList(json.bots ?? [], 'bots', fail),
    humans: emailList(json.humans ?? [], 'humans', fail),
  };
}

type Fail = (reason: string) => Error;

function emailGroups(value: unknown, key: string, fail: Fail): string[][] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw fail(`"${key}" must be a list of lists of emails`);
  return value.map((group, i) => {
    const emails = emailList(group, `${key}[${i}]`, fail);
    if (emails.length < 2) throw fail(`"${key}[${i}]" needs at least two emails`);
    return emails;
  });
}

function emailList(value: unknown, key: string, fail: Fail): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.trim() !== '')) {
    throw fail(`"${key}" must be a list of emails`);
  }
  return value.map((email: string) => email.trim().toLowerCase());
}

function renames(value: unknown, fail: Fail): Record<string, string> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw fail('"rename" must map emails to names');
  const entries = Object.entries(value).map(([email, name]): [string, string] => {
    if (typeof name !== 'string' || name.trim() === '') throw fail(`"rename" gives no name for ${email}`);
    return [email.trim().toLowerCase(), name.trim()];
  });
  return Object.fromEntries(entries);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
