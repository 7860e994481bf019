/**
 * Sources are stored without credentials already; the report removes any user-info part of a URL
 * again, so a database written by another tool cannot leak one into a report.
 */
export function stripCredentials(source: string): string {
  return source.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1');
}
