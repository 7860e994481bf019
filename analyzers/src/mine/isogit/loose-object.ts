import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { GitObjectType } from './git-object-reader.ts';
import type { PackedObject } from './pack-file.ts';

const types = new Set<string>(['blob', 'tree', 'commit', 'tag']);

/**
 * A loose object, `objects/ab/cdef…`: zlib-deflated `<type> <size>\0<content>`. Null when the
 * file is absent or does not hold a well-formed object.
 */
export async function readLooseObject(objectsDir: string, oid: string): Promise<PackedObject | null> {
  let raw: Buffer;
  try {
    raw = inflateSync(readFileSync(join(objectsDir, oid.slice(0, 2), oid.slice(2))));
  } catch {
    return null;
  }
  const space = raw.indexOf(0x20);
  const nul = raw.indexOf(0, space + 1);
  const type = raw.toString('latin1', 0, Math.max(space, 0));
  if (space === -1 || nul === -1 || !types.has(type)) return null;
  const bytes = raw.subarray(nul + 1);
  if (Number(raw.toString('latin1', space + 1, nul)) !== bytes.length) return null;
  return { type: type as GitObjectType, bytes };
}
