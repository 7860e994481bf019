import { posix } from 'node:path';
import type { RepoAccess } from '../repo-access/repo-access.ts';
import type { TreeEntry } from '../tree/list-tree.ts';
import { parseGitattributes, type GitattributesRule } from './category/index.ts';
import { ImportResolver } from './imports/import-resolver.ts';

export interface Prelude {
  rules: GitattributesRule[];
  resolver: ImportResolver;
  symlinkTarget(entry: TreeEntry): string | null;
}

const isConfig = (name: string) => name === 'package.json' || /^(ts|js)config.*\.json$/.test(name);

/**
 * What must be known before any file is measured: every `.gitattributes` (categories), every
 * tsconfig/jsconfig and package.json (import resolution), and symlink targets (read, never followed).
 */
export async function readPrelude(access: RepoAccess, entries: readonly TreeEntry[]): Promise<Prelude> {
  const wanted = entries.filter((e) => {
    const name = posix.basename(e.path);
    return e.kind === 'symlink' || (e.kind !== 'submodule' && (name === '.gitattributes' || isConfig(name)));
  });
  const blobs = await access.readBlobs(wanted.map((e) => e.objectId));
  const textOf = (e: TreeEntry) => blobs.get(e.objectId)?.toString('utf8') ?? null;
  const rules = wanted
    .filter((e) => e.kind !== 'symlink' && posix.basename(e.path) === '.gitattributes')
    .sort((a, b) => depth(a.path) - depth(b.path))
    .flatMap((e) =>
      parseGitattributes(textOf(e) ?? '', posix.dirname(e.path) === '.' ? '' : posix.dirname(e.path)),
    );
  const texts = new Map<string, string>();
  for (const e of wanted)
    if (e.kind !== 'symlink' && isConfig(posix.basename(e.path))) texts.set(e.path, textOf(e) ?? '');
  const paths = new Set(entries.filter((e) => e.kind !== 'submodule').map((e) => e.path));
  return { rules, resolver: new ImportResolver(paths, texts), symlinkTarget: (e) => textOf(e) };
}

function depth(path: string): number {
  return path.split('/').length;
}
