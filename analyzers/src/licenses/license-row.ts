import type { RowOf, licenses } from '../schema/index.ts';
import { classifyDeclaredLicense } from './classify-license.ts';
import type { LicenseMatch } from './identify-license-text.ts';
import { classOfLicenseId } from './license-classes.ts';

export type LicenseRow = RowOf<typeof licenses>;
type Where = Pick<LicenseRow, 'repo_id' | 'path' | 'origin' | 'component'>;

export function matchedRow(where: Where, match: LicenseMatch): LicenseRow {
  const licenseClass = match.licenseId === null ? 'unknown' : classOfLicenseId(match.licenseId);
  return {
    ...where,
    license_id: match.licenseId,
    method: 'text-match',
    score: match.score,
    closest_id: match.closestId,
    license_class: licenseClass,
  };
}

export function declaredRow(where: Where, declared: string, method: 'declared' | 'spdx-header'): LicenseRow {
  const { licenseId, licenseClass } = classifyDeclaredLicense(declared);
  return {
    ...where,
    license_id: licenseId,
    method,
    score: null,
    closest_id: null,
    license_class: licenseClass,
  };
}

export function unlicensedRow(where: Where): LicenseRow {
  return {
    ...where,
    license_id: null,
    method: 'none',
    score: null,
    closest_id: null,
    license_class: 'unknown',
  };
}
