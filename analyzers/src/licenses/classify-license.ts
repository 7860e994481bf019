import { createRequire } from 'node:module';
import { classOfLicenseId, classRank, type LicenseClass } from './license-classes.ts';
import { spdxIdByName } from './spdx-license-texts.ts';

type LicenseNode = { license: string; plus?: true; exception?: string };
type ConjunctionNode = { left: ExpressionNode; conjunction: 'and' | 'or'; right: ExpressionNode };
type ExpressionNode = LicenseNode | ConjunctionNode;

// A CommonJS module without types: its parse tree is the shape above.
const parseExpression = createRequire(import.meta.url)('spdx-expression-parse') as (
  text: string,
) => ExpressionNode;

export interface ClassifiedLicense {
  /** A valid SPDX expression when the declaration reads as one, else the declaration as written. */
  licenseId: string;
  licenseClass: LicenseClass;
}

// Exceptions that let code link to a GPL library without the GPL reaching it.
const linkingExceptions =
  /^(Classpath-exception|GCC-exception|LLVM-exception|Autoconf-exception|Bison-exception|Font-exception|Libtool-exception|Universal-FOSS-exception)/;

/**
 * Classifies a declared license: an SPDX expression (`MIT OR GPL-3.0-only` takes the freer
 * choice, `AND` the stricter part, `WITH` a linking exception makes strong copyleft weak), an
 * SPDX license name (`MIT License`), or a common spelling (`Apache 2.0`). `UNLICENSED` (npm's
 * word for "not licensed to others") is proprietary; anything else is unknown.
 */
export function classifyDeclaredLicense(declared: string): ClassifiedLicense {
  const text = declared.trim();
  if (/^(UNLICENSED|proprietary|commercial|SEE LICENSE IN\b)/i.test(text))
    return { licenseId: text, licenseClass: 'proprietary' };
  const expression = asSpdxExpression(text);
  if (expression === null) return { licenseId: text, licenseClass: 'unknown' };
  return { licenseId: expression, licenseClass: classOf(parseExpression(expression)) };
}

function asSpdxExpression(text: string): string | null {
  for (const candidate of [text, spdxIdByName().get(text.toLowerCase()), aliasOf(text)]) {
    if (!candidate) continue;
    try {
      parseExpression(candidate);
      return candidate;
    } catch {
      // not an SPDX expression: try the next reading
    }
  }
  return null;
}

/** Spellings seen in manifests for the most common licenses. */
function aliasOf(text: string): string | undefined {
  const key = text
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .replace(/\blicen[cs]e\b|\bversion\b|[,"()]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return aliases.get(key);
}

const aliases = new Map<string, string>([
  ['apache 2.0', 'Apache-2.0'],
  ['apache 2', 'Apache-2.0'],
  ['asl 2.0', 'Apache-2.0'],
  ['the apache software 2.0', 'Apache-2.0'],
  ['mit', 'MIT'],
  ['the mit', 'MIT'],
  ['new bsd', 'BSD-3-Clause'],
  ['bsd 3 clause', 'BSD-3-Clause'],
  ['bsd 2 clause', 'BSD-2-Clause'],
  ['simplified bsd', 'BSD-2-Clause'],
  ['gplv2', 'GPL-2.0-only'],
  ['gplv3', 'GPL-3.0-only'],
  ['gpl 3.0', 'GPL-3.0-only'],
  ['gpl 2.0', 'GPL-2.0-only'],
  ['lgplv3', 'LGPL-3.0-only'],
  ['lgplv2.1', 'LGPL-2.1-only'],
  ['agplv3', 'AGPL-3.0-only'],
  ['mpl 2.0', 'MPL-2.0'],
  ['isc', 'ISC'],
]);

function classOf(node: ExpressionNode): LicenseClass {
  if ('license' in node) {
    const base = classOfLicenseId(node.license.replace(/\+$/, ''));
    return base === 'strong-copyleft' && node.exception && linkingExceptions.test(node.exception)
      ? 'weak-copyleft'
      : base;
  }
  const [left, right] = [classOf(node.left), classOf(node.right)];
  const pick = node.conjunction === 'or' ? Math.min : Math.max;
  const rank = pick(classRank[left], classRank[right]);
  return rank === classRank[left] ? left : right;
}

/** True when the text is a valid SPDX license expression (ids of the SPDX list, AND/OR/WITH). */
export function isSpdxExpression(text: string): boolean {
  try {
    parseExpression(text);
    return true;
  } catch {
    return false;
  }
}
