import { describe, expect, it } from 'vitest';
import { classifyDeclaredLicense } from '../../src/licenses/classify-license.ts';
import { classOfLicenseId } from '../../src/licenses/license-classes.ts';

describe('license classes', () => {
  it.each([
    ['MIT', 'permissive'],
    ['Apache-2.0', 'permissive'],
    ['BSD-3-Clause', 'permissive'],
    ['ISC', 'permissive'],
    ['CC0-1.0', 'permissive'],
    ['LGPL-2.1-only', 'weak-copyleft'],
    ['MPL-2.0', 'weak-copyleft'],
    ['EPL-2.0', 'weak-copyleft'],
    ['GPL-2.0-only', 'strong-copyleft'],
    ['GPL-3.0-or-later', 'strong-copyleft'],
    ['CC-BY-SA-4.0', 'strong-copyleft'],
    ['AGPL-3.0-only', 'network-copyleft'],
    ['SSPL-1.0', 'network-copyleft'],
    ['BUSL-1.1', 'proprietary'],
    ['CC-BY-NC-SA-4.0', 'proprietary'],
    ['Nonexistent-1.0', 'unknown'],
  ])('%s is %s', (id, licenseClass) => {
    expect(classOfLicenseId(id)).toBe(licenseClass);
  });

  it('classifies declared expressions: OR the freer choice, AND the stricter part, WITH a linking exception', () => {
    expect(classifyDeclaredLicense('(MIT OR GPL-3.0-only)')).toEqual({
      licenseId: '(MIT OR GPL-3.0-only)',
      licenseClass: 'permissive',
    });
    expect(classifyDeclaredLicense('LGPL-2.1-or-later AND MIT').licenseClass).toBe('weak-copyleft');
    expect(classifyDeclaredLicense('GPL-2.0-only WITH Classpath-exception-2.0').licenseClass).toBe(
      'weak-copyleft',
    );
    expect(classifyDeclaredLicense('GPL-2.0+').licenseClass).toBe('strong-copyleft');
  });

  it('reads SPDX names and common spellings, and never guesses the rest', () => {
    expect(classifyDeclaredLicense('MIT License')).toEqual({ licenseId: 'MIT', licenseClass: 'permissive' });
    expect(classifyDeclaredLicense('Apache License, Version 2.0')).toEqual({
      licenseId: 'Apache-2.0',
      licenseClass: 'permissive',
    });
    expect(classifyDeclaredLicense('BSD')).toEqual({ licenseId: 'BSD', licenseClass: 'unknown' });
    expect(classifyDeclaredLicense('UNLICENSED')).toEqual({
      licenseId: 'UNLICENSED',
      licenseClass: 'proprietary',
    });
    expect(classifyDeclaredLicense('Acme Commercial Terms')).toEqual({
      licenseId: 'Acme Commercial Terms',
      licenseClass: 'unknown',
    });
  });
});
