import type { Ecosystem } from './types.ts';

/**
 * The package URL of a dependency (purl-spec): the version only when it is exact (a resolved
 * version), since a purl names one release, not a range.
 */
export function packageUrl(ecosystem: Ecosystem, name: string, version: string | null): string {
  const at = version === null ? '' : `@${encodeURIComponent(version)}`;
  return `pkg:${ecosystem}/${namePath(ecosystem, name)}${at}`;
}

function namePath(ecosystem: Ecosystem, name: string): string {
  switch (ecosystem) {
    case 'pypi':
      return encodeURIComponent(normalizePythonName(name));
    case 'maven':
      return name.split(':').map(encodeURIComponent).join('/');
    case 'npm':
    case 'composer':
    case 'golang':
      return name.split('/').map(encodeURIComponent).join('/');
    default:
      return encodeURIComponent(name);
  }
}

/** PEP 503: names compare lower-cased, with runs of `-`, `_` and `.` as one `-`. */
export function normalizePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}
