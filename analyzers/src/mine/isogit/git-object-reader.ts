import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { MissingObjectError } from '../../errors.ts';
import { ByteBudgetCache } from './byte-budget-cache.ts';
import { readLooseObject } from './loose-object.ts';
import { PackFile, type PackedObject } from './pack-file.ts';

export type GitObjectType = 'blob' | 'tree' | 'commit' | 'tag';

/** Reads objects (loose or packed) from a git directory; never touches a work tree. */
export interface GitObjectReader {
  /** Throws MissingObjectError when the object is absent, corrupt, or of another type. */
  read(oid: string, expected: GitObjectType): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Git's core.deltaBaseCacheLimit default: recent delta bases kept to rebuild their neighbours. */
const deltaBaseBudget = 96 * 1024 * 1024;
/** git's well-known empty tree, which git knows without storing it. */
const emptyTree = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/**
 * Opens the object database of a git directory: every pack (index read now, pack data read per
 * object later) and the loose objects. isomorphic-git's own reader would hold each whole pack in
 * memory and cache every object it ever inflated, which a walk over all history cannot afford.
 */
export async function createGitObjectReader(gitDir: string): Promise<GitObjectReader> {
  const objectsDir = join(gitDir, 'objects');
  const bases = new ByteBudgetCache<PackedObject & { byteLength: number }>(deltaBaseBudget);
  const packs = await openPacks(join(objectsDir, 'pack'), bases);
  const readById = async (oid: Buffer): Promise<PackedObject | null> => {
    for (const pack of packs) {
      const found = pack.has(oid) ? await pack.read(oid, readById) : null;
      if (found) return found;
    }
    return readLooseObject(objectsDir, oid.toString('hex'));
  };
  return {
    async read(oid, expected) {
      if (oid === emptyTree && expected === 'tree') return new Uint8Array(0);
      const found = /^[0-9a-f]{40}$/.test(oid)
        ? await readById(Buffer.from(oid, 'hex')).catch(() => null)
        : null;
      if (found === null) throw new MissingObjectError(oid, 'not in the object database, or corrupt');
      if (found.type !== expected)
        throw new MissingObjectError(oid, `a ${expected} was expected, found a ${found.type}`);
      return found.bytes;
    },
    close: async () => packs.forEach((pack) => pack.close()),
  };
}

async function openPacks(
  packDir: string,
  bases: ByteBudgetCache<PackedObject & { byteLength: number }>,
): Promise<PackFile[]> {
  const names = await readdir(packDir).catch(() => [] as string[]);
  const packs = await Promise.all(
    names
      .filter((name) => name.endsWith('.pack'))
      .map((name) => PackFile.open(join(packDir, name), bases).catch(() => null)),
  );
  return packs.filter((pack): pack is PackFile => pack !== null);
}
