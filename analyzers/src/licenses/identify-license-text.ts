import { normalizeLicenseText } from './normalize-license-text.ts';
import { spdxLicenseTexts } from './spdx-license-texts.ts';
import { diceCoefficient, diceUpperBound, wordBigrams } from './text-similarity.ts';

export interface LicenseMatch {
  /** The SPDX id when the closest text is similar enough; NULL for an unknown text. */
  licenseId: string | null;
  closestId: string | null;
  score: number;
}

/**
 * A text at least this similar to an SPDX text is that license. Changed copyright lines, titles,
 * wrapping and punctuation score 1 or near it; a changed clause moves a short license below it.
 */
export const matchThreshold = 0.9;

/**
 * Identifies a license text against every SPDX license text. Where two SPDX texts are equally
 * close (GPL-2.0-only and GPL-2.0-or-later have the same text: "or later" is said in the notice
 * of each source file, not in the license), the `-only` id is reported, then the shortest id.
 */
export function identifyLicenseText(text: string): LicenseMatch {
  const bigrams = wordBigrams(normalizeLicenseText(text));
  let best = { id: null as string | null, score: 0 };
  for (const license of spdxLicenseTexts()) {
    if (diceUpperBound(bigrams, license.bigrams) < best.score) continue;
    const score = diceCoefficient(bigrams, license.bigrams);
    if (score > best.score || (score === best.score && prefer(license.id, best.id)))
      best = { id: license.id, score };
  }
  const score = Math.round(best.score * 1000) / 1000;
  return { licenseId: best.score >= matchThreshold ? best.id : null, closestId: best.id, score };
}

/** Among equally close texts: an id without `-or-later`, then the shortest, then the first by name. */
function prefer(candidate: string, current: string | null): boolean {
  if (current === null) return true;
  const rank = (id: string) => [id.endsWith('-or-later') ? 1 : 0, id.length] as const;
  const [a, b] = [rank(candidate), rank(current)];
  return a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : candidate < current;
}
