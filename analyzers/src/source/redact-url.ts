/**
 * A URL fit for messages and for storing: any `user:password@` part removed. Works on strings that
 * are not valid URLs too, since those are exactly the ones an error message may need to show.
 */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1');
}
