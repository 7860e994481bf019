/**
 * License classes, from most to least free to use in a product. The table below is the one
 * documented in docs/metrics.md ("License classes"); an SPDX id it does not list is `unknown`.
 */
export type LicenseClass =
  'permissive' | 'weak-copyleft' | 'strong-copyleft' | 'network-copyleft' | 'proprietary' | 'unknown';

// First match wins: the order puts the exceptions (CC-BY-NC-SA is not share-alike open source) first.
const prefixRules: ReadonlyArray<[RegExp, LicenseClass]> = [
  // Copyleft that reaches users over a network.
  [/^(AGPL-|SSPL-|OSL-3\.0|RPL-|CPAL-)/, 'network-copyleft'],
  // Source-available, non-commercial or no-derivatives: not open source.
  [/^(BUSL-|Elastic-|CC-BY-NC|CC-BY-ND|PolyForm-|JSON$|Hippocratic-|Parity-)/, 'proprietary'],
  // Copyleft over the whole combined work.
  [
    /^(GPL-|EUPL-|OSL-|CECILL-[12]|Sleepycat|CC-BY-SA-|ODbL-|IPL-|QPL-|GFDL-|RPSL-|APL-1\.0)/,
    'strong-copyleft',
  ],
  // Copyleft on the licensed files or library only.
  [
    /^(LGPL|MPL-|EPL-|CDDL-|CPL-|CECILL-C|APSL-|MS-RL|NPL-|SPL-|ErlPL-|OFL-|LPL-|eCos-|CATOSL-)/,
    'weak-copyleft',
  ],
  [
    /^(MIT|BSD|0BSD|Apache-|ISC|Zlib|zlib-|Unlicense|CC0-|CC-BY-[1-4]|WTFPL|BSL-1\.0|PostgreSQL|Python-|PSF-|X11|Artistic-2|Unicode-|BlueOak-|UPL-|NCSA|AFL-|MS-PL|OpenSSL|curl|Libpng|libpng-|FTL|HPND|bzip2-|ICU|W3C|Beerware|MulanPSL-|ECL-|EFL-|Xnet|NTP|TCL|PHP-3|OLDAP-|Ruby|Vim|Info-ZIP|PDDL-|ODC-By|blessing|Naumen|Zend-2|ZPL-2|Boost|ImageMagick|IJG|libtiff|NIST-PD|Sendmail|SMLNJ|UnixCrypt|VSL-1\.0|XFree86|Zed|Zimbra)/,
    'permissive',
  ],
];

/** The class of one SPDX license id (not an expression: see `classifyExpression`). */
export function classOfLicenseId(id: string): LicenseClass {
  for (const [pattern, licenseClass] of prefixRules) if (pattern.test(id)) return licenseClass;
  return 'unknown';
}

/** Least to most restrictive; `proprietary` and `unknown` rank above every open license. */
export const classRank: Record<LicenseClass, number> = {
  permissive: 0,
  'weak-copyleft': 1,
  'strong-copyleft': 2,
  'network-copyleft': 3,
  proprietary: 4,
  unknown: 5,
};

export const copyleftClasses: readonly LicenseClass[] = [
  'weak-copyleft',
  'strong-copyleft',
  'network-copyleft',
];
