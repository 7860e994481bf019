import type { FileSpec } from './diff-trees.ts';
import type { GitObjectReader } from './git-object-reader.ts';
import { hashSpans, type SpanCounts } from './span-hash.ts';
import { isGitlinkMode } from './tree-entry.ts';

export interface BlobFacts {
  size: number;
  binary: boolean;
}

/** Git's FIRST_FEW_BYTES and core.bigFileThreshold defaults. */
const binarySniffBytes = 8000;
const bigFileThreshold = 512 * 1024 * 1024;

/** Recently read blobs kept for the size check, the fingerprint and the line count in turn. */
const recentBytesBudget = 64 * 1024 * 1024;

/**
 * The contents one commit's diff needs. Derived facts are cached (size, binary flag, span
 * fingerprints for rename scoring) but blob bytes only within a fixed budget, so a huge commit
 * does not pin every blob it touches in memory.
 */
export class CommitBlobs {
  private readonly facts = new Map<string, BlobFacts | null>();
  private readonly spans = new Map<string, SpanCounts | null>();
  private readonly recent = new Map<string, Uint8Array>();
  private recentBytes = 0;

  constructor(
    private readonly reader: GitObjectReader,
    private readonly countFinalSpan: boolean,
  ) {}

  /** What git diffs for this side: the blob, or `Subproject commit <sha>\n` for a submodule. */
  async content(spec: FileSpec): Promise<Uint8Array | null> {
    if (isGitlinkMode(spec.mode)) return Buffer.from(`Subproject commit ${spec.oid}\n`);
    const cached = this.recent.get(spec.oid);
    if (cached) return cached;
    try {
      return this.remember(spec.oid, await this.reader.read(spec.oid, 'blob'));
    } catch {
      return null;
    }
  }

  private remember(oid: string, bytes: Uint8Array): Uint8Array {
    if (bytes.length > recentBytesBudget / 4) return bytes;
    for (const [old, oldBytes] of this.recent) {
      if (this.recentBytes + bytes.length <= recentBytesBudget) break;
      this.recent.delete(old);
      this.recentBytes -= oldBytes.length;
    }
    this.recent.set(oid, bytes);
    this.recentBytes += bytes.length;
    return bytes;
  }

  async factsOf(spec: FileSpec): Promise<BlobFacts | null> {
    const key = cacheKey(spec);
    if (!this.facts.has(key)) {
      const content = await this.content(spec);
      this.facts.set(key, content && factsOfContent(content));
    }
    return this.facts.get(key) ?? null;
  }

  async spansOf(spec: FileSpec): Promise<SpanCounts | null> {
    const key = cacheKey(spec);
    if (!this.spans.has(key)) this.spans.set(key, await this.computeSpans(spec));
    return this.spans.get(key) ?? null;
  }

  private async computeSpans(spec: FileSpec): Promise<SpanCounts | null> {
    const content = await this.content(spec);
    if (content === null) return null;
    return hashSpans(content, !factsOfContent(content).binary, this.countFinalSpan);
  }
}

export function factsOfContent(content: Uint8Array): BlobFacts {
  const binary = content.length > bigFileThreshold || content.subarray(0, binarySniffBytes).includes(0);
  return { size: content.length, binary };
}

function cacheKey(spec: FileSpec): string {
  return isGitlinkMode(spec.mode) ? `gitlink:${spec.oid}` : spec.oid;
}
