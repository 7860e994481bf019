import { closeSync, openSync, readSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { applyDelta } from './apply-delta.ts';
import type { ByteBudgetCache } from './byte-budget-cache.ts';
import type { GitObjectType } from './git-object-reader.ts';
import { PackIndex } from './pack-index.ts';

export interface PackedObject {
  type: GitObjectType;
  bytes: Uint8Array;
}

/** Finds an object anywhere in the database, for deltas whose base is named by id. */
export type ReadById = (oid: Buffer) => Promise<PackedObject | null>;

const typeNames: Record<number, GitObjectType> = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' };
const ofsDelta = 6;
const refDelta = 7;
const headerBytes = 32;

/**
 * One packfile, read object by object at the offsets its index gives (never loaded whole, so packs
 * beyond memory or 2 GiB work). Delta chains are resolved through a shared cache of recent bases.
 * Reads are synchronous: they are small and many, and a thread-pool round trip for each one
 * cost more than the read itself.
 */
export class PackFile {
  private constructor(
    private readonly fd: number,
    private readonly index: PackIndex,
    private readonly name: string,
    private readonly bases: ByteBudgetCache<PackedObject & { byteLength: number }>,
  ) {}

  static async open(
    packPath: string,
    bases: ByteBudgetCache<PackedObject & { byteLength: number }>,
  ): Promise<PackFile | null> {
    const index = await PackIndex.load(packPath.replace(/\.pack$/, '.idx')).catch(() => null);
    if (index === null) return null;
    return new PackFile(openSync(packPath, 'r'), index, packPath, bases);
  }

  has(oid: Buffer): boolean {
    return this.index.offsetOf(oid) !== null;
  }

  async read(oid: Buffer, readById: ReadById): Promise<PackedObject | null> {
    const offset = this.index.offsetOf(oid);
    return offset === null ? null : this.readAt(offset, readById);
  }

  close(): void {
    closeSync(this.fd);
  }

  private async readAt(offset: number, readById: ReadById): Promise<PackedObject | null> {
    const header = this.readBytes(offset, headerBytes);
    const { kind, size, dataStart } = parseEntryHeader(header);
    const typeName = typeNames[kind];
    if (typeName !== undefined) {
      const bytes = this.inflateAt(offset + dataStart, size);
      return bytes && { type: typeName, bytes };
    }
    let base: PackedObject | null = null;
    let deltaStart = dataStart;
    if (kind === ofsDelta) {
      const { distance, length } = parseBaseDistance(header, dataStart);
      base = await this.baseAt(offset - distance, readById);
      deltaStart += length;
    } else if (kind === refDelta) {
      base = await readById(Buffer.from(header.subarray(dataStart, dataStart + 20)));
      deltaStart += 20;
    }
    const delta = base && this.inflateAt(offset + deltaStart, size);
    const bytes = base && delta && applyDelta(base.bytes, delta);
    return base && bytes ? { type: base.type, bytes } : null;
  }

  private async baseAt(offset: number, readById: ReadById): Promise<PackedObject | null> {
    const key = `${this.name}:${offset}`;
    const cached = this.bases.get(key);
    if (cached) return cached;
    const base = await this.readAt(offset, readById);
    if (base) this.bases.set(key, { ...base, byteLength: base.bytes.length });
    return base;
  }

  /**
   * Inflates the zlib stream at `position` into exactly `size` bytes. Deflate grows data by at
   * most a few bytes per block, so a first read of `size` plus a margin nearly always holds the
   * whole stream; a stream cut short is read again twice as long. Null for a corrupt entry.
   */
  private inflateAt(position: number, size: number): Uint8Array | null {
    for (let length = size + Math.ceil(size / 16000) * 5 + 64; ; length *= 2) {
      const compressed = this.readBytes(position, length);
      try {
        const inflated = inflateSync(compressed);
        return inflated.length === size ? inflated : null;
      } catch {
        if (compressed.length < length) return null;
      }
    }
  }

  private readBytes(position: number, length: number): Buffer {
    const buffer = Buffer.allocUnsafe(length);
    const bytesRead = readSync(this.fd, buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  }
}

/** A pack entry starts with its type (3 bits) and inflated size (a little-endian varint). */
function parseEntryHeader(header: Buffer): { kind: number; size: number; dataStart: number } {
  let at = 0;
  let byte = header[at++] ?? 0;
  const kind = (byte >> 4) & 7;
  let size = byte & 15;
  for (let shift = 16; byte & 0x80; shift *= 128) {
    byte = header[at++] ?? 0;
    size += (byte & 0x7f) * shift;
  }
  return { kind, size, dataStart: at };
}

/** An ofs-delta names its base by distance back, in git's "offset encoding" varint. */
function parseBaseDistance(header: Buffer, start: number): { distance: number; length: number } {
  let at = start;
  let byte = header[at++] ?? 0;
  let distance = byte & 0x7f;
  while (byte & 0x80) {
    byte = header[at++] ?? 0;
    distance = (distance + 1) * 128 + (byte & 0x7f);
  }
  return { distance, length: at - start };
}
