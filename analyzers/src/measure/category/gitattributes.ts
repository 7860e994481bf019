/**
 * The Linguist attributes of `.gitattributes` files: `linguist-generated`, `linguist-vendored`
 * and `linguist-documentation`, set (`attr`, `attr=true`, any value but "false"), unset
 * (`-attr`, `attr=false`) or reset to unspecified (`!attr`). Rules are applied in the order
 * given, so pass the files shallowest first and each file's lines in order: a later matching
 * line overrides an earlier one, attribute by attribute, as in git. Linguist itself ignores
 * `-attr` (Rugged reports it as false, which Linguist reads as "not set"); we honour it.
 */
import type { LinguistAttributes } from './category-types.ts';
import { compilePattern, type PathPattern } from './gitattributes-pattern.ts';

type AttributeState = boolean | 'unspecified';
type LinguistKey = keyof LinguistAttributes;

export interface GitattributesRule {
  /** The folder of the `.gitattributes` file, repository-relative ('' at the root). */
  readonly base: string;
  readonly pattern: string;
  readonly attributes: Readonly<Partial<Record<LinguistKey, AttributeState>>>;
  readonly matcher: PathPattern;
}

const linguistKeys: ReadonlyMap<string, LinguistKey> = new Map([
  ['linguist-generated', 'generated'],
  ['linguist-vendored', 'vendored'],
  ['linguist-documentation', 'documentation'],
]);

/** The rules of one `.gitattributes` file in folder `dir` that say something about Linguist. */
export function parseGitattributes(text: string, dir: string): GitattributesRule[] {
  const base = dir.replace(/^\.\/?/, '').replace(/\/+$/, '');
  const rules: GitattributesRule[] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\r$/, '').trim();
    if (line === '' || line.startsWith('#') || line.startsWith('[attr]')) continue;
    const [pattern, rest] = splitPattern(line);
    const attributes = linguistAttributes(rest);
    const matcher = pattern.startsWith('!') ? null : compilePattern(pattern); // git forbids `!`
    if (matcher !== null && Object.keys(attributes).length > 0)
      rules.push({ base, pattern, attributes, matcher });
  }
  return rules;
}

export function linguistAttributesFor(path: string, rules: readonly GitattributesRule[]): LinguistAttributes {
  const state: Partial<Record<LinguistKey, AttributeState>> = {};
  for (const rule of rules) {
    if (!ruleMatches(rule, path)) continue;
    for (const [key, value] of Object.entries(rule.attributes)) {
      if (isLinguistKey(key)) state[key] = value;
    }
  }
  const result: { -readonly [K in LinguistKey]?: boolean } = {};
  for (const key of linguistKeys.values()) {
    const value = state[key];
    if (typeof value === 'boolean') result[key] = value;
  }
  return result;
}

function ruleMatches(rule: GitattributesRule, path: string): boolean {
  if (rule.base !== '' && !path.startsWith(`${rule.base}/`)) return false;
  const relative = rule.base === '' ? path : path.slice(rule.base.length + 1);
  const subject = rule.matcher.basenameOnly ? relative.slice(relative.lastIndexOf('/') + 1) : relative;
  return rule.matcher.regex.test(subject);
}

function isLinguistKey(key: string): key is LinguistKey {
  return key === 'generated' || key === 'vendored' || key === 'documentation';
}

/** The pattern (possibly "quoted" with C escapes) and the rest of the line. */
function splitPattern(line: string): [string, string] {
  if (line.startsWith('"')) {
    const quoted = /^"((?:[^"\\]|\\.)*)"/.exec(line);
    if (quoted) return [unquote(quoted[1] ?? ''), line.slice(quoted[0].length)];
  }
  const space = line.search(/\s/);
  return space === -1 ? [line, ''] : [line.slice(0, space), line.slice(space)];
}

function unquote(text: string): string {
  const escapes = new Map([
    ['n', '\n'],
    ['t', '\t'],
  ]);
  return text.replace(/\\(.)/g, (_, char: string) => escapes.get(char) ?? char);
}

function linguistAttributes(rest: string): Partial<Record<LinguistKey, AttributeState>> {
  const attributes: Partial<Record<LinguistKey, AttributeState>> = {};
  for (const token of rest.split(/\s+/).filter((word) => word !== '')) {
    const parsed = /^([-!]?)([^=]+)(?:=(.*))?$/.exec(token);
    const key = linguistKeys.get(parsed?.[2] ?? '');
    if (parsed === null || key === undefined) continue;
    const [, prefix, , value] = parsed;
    if (prefix === '!') attributes[key] = 'unspecified';
    else attributes[key] = prefix !== '-' && value !== 'false';
  }
  return attributes;
}
