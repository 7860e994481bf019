/**
 * The walk's frontier: commit ids waiting to be mined, first in first out. Only ids are held, and
 * consumed slots are released as the walk goes, so memory follows the frontier plus the seen set.
 */
export class CommitQueue {
  private items: string[] = [];
  private head = 0;
  private readonly seen = new Set<string>();

  /** Queues the commit unless it was queued before; returns whether it was new. */
  offer(sha: string): boolean {
    if (this.seen.has(sha)) return false;
    this.seen.add(sha);
    this.items.push(sha);
    return true;
  }

  take(): string | undefined {
    const sha = this.items[this.head];
    if (sha === undefined) return undefined;
    this.head += 1;
    if (this.head >= 4096 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return sha;
  }
}
