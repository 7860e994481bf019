import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { identifyLicenseText, matchThreshold } from '../../src/licenses/identify-license-text.ts';
import { normalizeLicenseText } from '../../src/licenses/normalize-license-text.ts';

const require = createRequire(import.meta.url);
const spdx = require('spdx-license-list/full.js') as Record<string, { licenseText: string }>;
const textOf = (id: string) => spdx[id]?.licenseText ?? '';

describe('license identification against the SPDX license texts', () => {
  it.each([
    'MIT',
    'MIT-0',
    'ISC',
    '0BSD',
    'BSD-2-Clause',
    'BSD-3-Clause',
    'Apache-2.0',
    'MPL-2.0',
    'LGPL-2.1-only',
    'LGPL-3.0-only',
    'GPL-2.0-only',
    'GPL-3.0-only',
    'AGPL-3.0-only',
    'EPL-2.0',
    'Unlicense',
    'Zlib',
    'BSL-1.0',
    'CC0-1.0',
  ])('identifies the SPDX text of %s exactly', (id) => {
    expect(identifyLicenseText(textOf(id))).toEqual({ licenseId: id, closestId: id, score: 1 });
  });

  it('reports the -only id for a GPL text (the text does not say "or later")', () => {
    expect(identifyLicenseText(textOf('GPL-3.0-or-later')).licenseId).toBe('GPL-3.0-only');
  });

  it('still finds MIT with a real copyright line, rewrapped, with curly quotes and a UK spelling', () => {
    const text = textOf('MIT')
      .replace(
        'Copyright (c) <year> <copyright holders>',
        'Copyright © 2019-2024 Acme Corporation, Inc.\nAll rights reserved.',
      )
      .replace(/"Software"/, '“Software”')
      .replaceAll('license', 'licence')
      .replace(/ /g, (s, at: number) => (at % 7 === 0 ? '\n' : s));
    expect(identifyLicenseText(text)).toEqual({ licenseId: 'MIT', closestId: 'MIT', score: 1 });
  });

  it('still finds BSD-3-Clause with bullets instead of numbers and the owner filled in', () => {
    const text = textOf('BSD-3-Clause')
      .replace('Copyright (c) <year> <owner>.', 'Copyright (c) 2021, The Acme Project Authors')
      .replace(/^(\d)\. /gm, '* ');
    expect(identifyLicenseText(text).licenseId).toBe('BSD-3-Clause');
  });

  it('finds Apache-2.0 without its "how to apply" appendix', () => {
    const text = textOf('Apache-2.0').split('END OF TERMS AND CONDITIONS')[0] ?? '';
    expect(identifyLicenseText(text)).toEqual({ licenseId: 'Apache-2.0', closestId: 'Apache-2.0', score: 1 });
  });

  it('reports a heavily altered MIT text as unknown, with the closest text and its score', () => {
    const text = textOf('MIT').replace(
      /Permission is hereby granted[\s\S]*?conditions:/,
      'You may use this software only for evaluation purposes, and you shall pay fees to the vendor before any other use.',
    );
    const match = identifyLicenseText(text);
    expect(match.licenseId).toBeNull();
    expect(match.score).toBeLessThan(matchThreshold);
    expect(match.closestId).not.toBeNull();
  });

  it('reports a text that is no license as unknown', () => {
    expect(identifyLicenseText('All rights reserved. Do not copy.\n').licenseId).toBeNull();
    expect(identifyLicenseText('').licenseId).toBeNull();
  });

  it('tells MIT from MIT-0 (one condition apart)', () => {
    expect(identifyLicenseText(textOf('MIT-0')).licenseId).toBe('MIT-0');
    expect(identifyLicenseText(textOf('MIT')).licenseId).toBe('MIT');
  });
});

describe('license text normalisation', () => {
  it('drops copyright lines, bullets, punctuation and case, and unifies spellings', () => {
    expect(normalizeLicenseText('Copyright (c) 2020 Acme\n  1. The LICENCE—\n  * applies, “as is”.')).toEqual(
      ['the', 'license', 'applies', 'as', 'is'],
    );
  });
});
