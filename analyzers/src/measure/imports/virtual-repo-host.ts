import { posix } from 'node:path';
import type { ts } from 'ts-morph';

export const repoRoot = '/repo';

/**
 * The repository's tree as TypeScript's resolver sees it: which files and folders exist, and the
 * text of the config files it may read (tsconfig, package.json). Nothing touches the disk. A
 * workspace package imported by name resolves to its own folder, as a pnpm/npm workspace links it.
 */
export class VirtualRepoHost implements ts.ModuleResolutionHost, ts.ParseConfigHost {
  readonly useCaseSensitiveFileNames = true;
  private readonly directories = new Set<string>(['']);

  constructor(
    private readonly paths: ReadonlySet<string>,
    private readonly texts: ReadonlyMap<string, string>,
    private readonly workspacePackages: ReadonlyMap<string, string>,
  ) {
    for (const path of paths) {
      for (
        let dir = posix.dirname(path);
        dir !== '.' && !this.directories.has(dir);
        dir = posix.dirname(dir)
      ) {
        this.directories.add(dir);
      }
    }
  }

  fileExists = (path: string): boolean => this.paths.has(this.relative(path));
  readFile = (path: string): string | undefined => this.texts.get(this.relative(path));
  /** Every `node_modules` (and scope folder in it) may exist: workspace packages live there. */
  directoryExists = (path: string): boolean =>
    this.directories.has(this.relative(path)) || /(^|\/)node_modules(\/@[^/]+)?$/.test(path);
  realpath = (path: string): string => posix.join(repoRoot, this.relative(path));
  getCurrentDirectory = (): string => repoRoot;
  getDirectories = (): string[] => [];
  readDirectory = (): string[] => [];

  /** Repo-relative path, with `node_modules/<workspace package>/…` mapped to the package's folder. */
  relative(path: string): string {
    const inside = isPlain(path)
      ? path.slice(repoRoot.length + 1)
      : posix.relative(repoRoot, posix.normalize(path));
    const at = inside.lastIndexOf('node_modules/');
    if (at === -1) return inside;
    const rest = inside.slice(at + 'node_modules/'.length).split('/');
    const nameLength = rest[0]?.startsWith('@') ? 2 : 1;
    const folder = this.workspacePackages.get(rest.slice(0, nameLength).join('/'));
    return folder === undefined ? inside : posix.join(folder, ...rest.slice(nameLength));
  }
}

/** Most paths the resolver asks about are already normal and under the root: skip path arithmetic. */
function isPlain(path: string): boolean {
  return (
    path.startsWith(`${repoRoot}/`) && !path.includes('/.') && !path.includes('//') && !path.endsWith('/')
  );
}
