import type { MinedChange, MinedCommit } from '../types.ts';
import { headerFields, parseRawDate } from './log-format.ts';

type Emit = (commit: MinedCommit, changes: MinedChange[]) => void;

const countsPattern = /^(-|\d+)\t(-|\d+)\t/;

interface PendingRename {
  added: number | null;
  deleted: number | null;
  oldPath: string | null;
}

/**
 * Streams `git log -z --numstat` output into commits. A commit is emitted only once the next one
 * starts (or `end()` is called), so a git process that dies mid-commit never yields a partial one.
 */
export class NumstatStreamParser {
  private carry: Buffer[] = [];
  private fields: string[] = [];
  private changes: MinedChange[] = [];
  private inHeader = false;
  private rename: PendingRename | null = null;
  private started = false;
  emitted = 0;

  constructor(private readonly emit: Emit) {}

  push(chunk: Buffer): void {
    let start = 0;
    for (let nul = chunk.indexOf(0, start); nul !== -1; nul = chunk.indexOf(0, start)) {
      this.token(this.takeToken(chunk.subarray(start, nul)));
      start = nul + 1;
    }
    if (start < chunk.length) this.carry.push(chunk.subarray(start));
  }

  private takeToken(tail: Buffer): string {
    if (this.carry.length === 0) return tail.toString('utf8');
    this.carry.push(tail);
    const token = Buffer.concat(this.carry).toString('utf8');
    this.carry = [];
    return token;
  }

  /** The stream ended cleanly: the commit in flight is complete. */
  end(): void {
    if (this.started && !this.inHeader) this.flush();
    this.started = false;
  }

  private token(raw: string): void {
    if (this.inHeader) return this.headerField(raw);
    if (this.rename) return this.renamePath(this.rename, raw);
    const token = raw.startsWith('\n') ? raw.slice(1) : raw;
    if (token === '') return;
    if (token.startsWith('\x01')) return this.startCommit(token.slice(1));
    this.changeEntry(token);
  }

  private startCommit(sha: string): void {
    if (this.started) this.flush();
    this.started = true;
    this.inHeader = true;
    this.fields = [sha];
  }

  private headerField(field: string): void {
    this.fields.push(field);
    if (this.fields.length === headerFields.length) this.inHeader = false;
  }

  private changeEntry(token: string): void {
    const match = countsPattern.exec(token);
    if (!match) throw new Error(`unexpected git log output: ${JSON.stringify(token.slice(0, 80))}`);
    const added = match[1] === '-' ? null : Number(match[1]);
    const deleted = match[2] === '-' ? null : Number(match[2]);
    const path = token.slice(match[0].length);
    if (path === '') this.rename = { added, deleted, oldPath: null };
    else this.changes.push({ path, oldPath: null, added, deleted, binary: added === null });
  }

  private renamePath(rename: PendingRename, path: string): void {
    if (rename.oldPath === null) {
      rename.oldPath = path;
      return;
    }
    const { added, deleted, oldPath } = rename;
    this.changes.push({ path, oldPath, added, deleted, binary: added === null });
    this.rename = null;
  }

  private flush(): void {
    this.emit(commitFromFields(this.fields), this.changes);
    this.emitted += 1;
    this.fields = [];
    this.changes = [];
  }
}

function commitFromFields(f: string[]): MinedCommit {
  const [sha = '', parents = '', an = '', ae = '', ad = '', cn = '', ce = '', cd = '', s = '', b = ''] = f;
  return {
    sha,
    parents: parents === '' ? [] : parents.split(' '),
    author: { name: an, email: ae },
    authorDate: parseRawDate(ad),
    committer: { name: cn, email: ce },
    committerDate: parseRawDate(cd),
    subject: s,
    body: b,
  };
}
