import type { RawIdentity } from '../mine/types.ts';

export interface CoauthorTrailer {
  identity: RawIdentity;
  trailer: string;
}

const trailerLine = /^co-authored-by:[ \t]*(.*?)[ \t]*<([^>]*)>[ \t]*$/gim;

/**
 * `Co-authored-by: Name <email>` lines of a commit body. Like GitHub, any such line counts, wherever
 * it stands in the message (git's own trailer rules would only read the last paragraph).
 */
export function coauthorTrailers(body: string): CoauthorTrailer[] {
  return [...body.matchAll(trailerLine)].map((m) => ({
    identity: { name: (m[1] ?? '').trim(), email: (m[2] ?? '').trim() },
    trailer: m[0].replace(/^co-authored-by:\s*/i, '').trim(),
  }));
}
