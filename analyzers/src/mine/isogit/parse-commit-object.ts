import { decodeCommitText } from './decode-commit-text.ts';

/** The parts of a commit object the miner needs, as text. */
export interface RawCommit {
  tree: string;
  parents: string[];
  /** The last `author` header's value (git's pretty printer keeps the last one); null if none. */
  authorLine: string | null;
  committerLine: string | null;
  /** Everything after the blank line that ends the headers. */
  message: string;
}

const treeLine = /^tree ([0-9a-f]{40})$/;
const parentLine = /^parent ([0-9a-f]{40})$/;

/**
 * Parses a commit object ourselves rather than through isomorphic-git, whose parser throws on a
 * malformed author line; git reads such commits (printing an empty or zero date) and so must we.
 * Null when there is no leading tree line: git itself refuses such an object as bogus.
 */
export function parseCommitObject(bytes: Uint8Array): RawCommit | null {
  const text = decodeCommitText(bytes);
  const blank = text.indexOf('\n\n');
  const headers = (blank === -1 ? text : text.slice(0, blank)).split('\n');
  const tree = treeLine.exec(headers[0] ?? '')?.[1];
  if (tree === undefined) return null;
  return {
    tree,
    parents: leadingParents(headers),
    authorLine: lastHeader(headers, 'author '),
    committerLine: lastHeader(headers, 'committer '),
    message: blank === -1 ? '' : text.slice(blank + 2),
  };
}

/** Git takes parents only from the `parent` lines directly after `tree`. */
function leadingParents(headers: readonly string[]): string[] {
  const parents: string[] = [];
  for (const line of headers.slice(1)) {
    const sha = parentLine.exec(line)?.[1];
    if (sha === undefined) break;
    parents.push(sha);
  }
  return parents;
}

function lastHeader(headers: readonly string[], prefix: string): string | null {
  let found: string | null = null;
  for (const line of headers) if (line.startsWith(prefix)) found = line.slice(prefix.length);
  return found;
}
