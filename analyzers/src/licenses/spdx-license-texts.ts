import { createRequire } from 'node:module';
import { normalizeLicenseText } from './normalize-license-text.ts';
import { wordBigrams, type Bigrams } from './text-similarity.ts';

const require = createRequire(import.meta.url);

export interface SpdxLicenseText {
  id: string;
  name: string;
  bigrams: Bigrams;
}

interface SpdxListEntry {
  name: string;
  licenseText: string;
}

let cached: SpdxLicenseText[] | undefined;

/**
 * The full texts of the SPDX license list (package `spdx-license-list`), deprecated ids left out
 * (package `spdx-license-ids`), normalised once per process.
 */
export function spdxLicenseTexts(): readonly SpdxLicenseText[] {
  cached ??= load();
  return cached;
}

function load(): SpdxLicenseText[] {
  const full = require('spdx-license-list/full.js') as Record<string, SpdxListEntry>;
  const deprecated = new Set(require('spdx-license-ids/deprecated.json') as string[]);
  return Object.entries(full)
    .filter(([id, entry]) => !deprecated.has(id) && !id.endsWith('+') && entry.licenseText.trim() !== '')
    .flatMap(([id, entry]) =>
      textVariants(entry.licenseText).map((text) => ({
        id,
        name: entry.name,
        bigrams: wordBigrams(normalizeLicenseText(text)),
      })),
    );
}

/**
 * A license's text, and the same without what follows "END OF TERMS AND CONDITIONS" (Apache's
 * and the GPLs' "how to apply" appendix, optional in the SPDX templates and often left out).
 */
function textVariants(text: string): string[] {
  const end = text.search(/END OF TERMS AND CONDITIONS/i);
  return end === -1 ? [text] : [text, text.slice(0, end)];
}

/** The SPDX license list's names and ids, for licenses declared by name (`MIT License`). */
export function spdxIdByName(): Map<string, string> {
  const full = require('spdx-license-list/full.js') as Record<string, SpdxListEntry>;
  return new Map(Object.entries(full).map(([id, entry]) => [entry.name.toLowerCase(), id]));
}
