import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import { ts } from 'ts-morph';
import { compilerOptionsFor } from './compiler-options-for.ts';
import { repoRoot, VirtualRepoHost } from './virtual-repo-host.ts';

export interface ResolvedImport {
  kind: 'file' | 'package' | 'builtin' | 'unresolved';
  targetPath: string | null;
  packageName: string | null;
}

const builtins = new Set(builtinModules);

/** Resolves module specifiers as TypeScript would for the file that imports them. */
export class ImportResolver {
  private readonly host: VirtualRepoHost;
  private readonly optionsByDir = new Map<string, ts.CompilerOptions>();
  /** Resolution depends on the importing folder only: files of one folder share their answers. */
  private readonly resolved = new Map<string, ResolvedImport>();

  /** `texts`: every tsconfig/jsconfig and package.json of the tree, by path. */
  private readonly workspaceNames: ReadonlySet<string>;

  constructor(paths: ReadonlySet<string>, texts: ReadonlyMap<string, string>) {
    const workspace = workspacePackagesOf(texts);
    this.workspaceNames = new Set(workspace.keys());
    this.host = new VirtualRepoHost(paths, texts, workspace);
  }

  resolve(fromPath: string, specifier: string): ResolvedImport {
    const key = `${posix.dirname(fromPath)}\0${specifier}`;
    let result = this.resolved.get(key);
    if (!result) {
      result = this.resolveUncached(fromPath, specifier);
      this.resolved.set(key, result);
    }
    return result;
  }

  private resolveUncached(fromPath: string, specifier: string): ResolvedImport {
    const options = compilerOptionsFor(posix.dirname(fromPath), this.host, this.optionsByDir);
    if (this.surelyExternal(specifier, options)) return this.external(specifier);
    const containing = posix.join(repoRoot, fromPath);
    const resolved = ts.resolveModuleName(specifier, containing, options, this.host).resolvedModule;
    const target = resolved ? this.host.relative(resolved.resolvedFileName) : null;
    if (target !== null && !target.includes('node_modules/'))
      return { kind: 'file', targetPath: target, packageName: null };
    return this.external(specifier);
  }

  /**
   * A bare specifier that names no workspace package, with no `baseUrl` or matching `paths` to map
   * it into the tree, can only be an installed package: TypeScript's resolver would search every
   * `node_modules` up the tree for nothing.
   */
  private surelyExternal(specifier: string, options: ts.CompilerOptions): boolean {
    if (/^[./]/.test(specifier) || options.baseUrl !== undefined) return false;
    if (this.workspaceNames.has(packageNameOf(specifier))) return false;
    return !Object.keys(options.paths ?? {}).some((pattern) => matchesPathPattern(pattern, specifier));
  }

  private external(specifier: string): ResolvedImport {
    if (specifier.startsWith('node:') || builtins.has(specifier.split('/')[0] ?? '')) {
      return { kind: 'builtin', targetPath: null, packageName: null };
    }
    if (!/^[./]/.test(specifier))
      return { kind: 'package', targetPath: null, packageName: packageNameOf(specifier) };
    return { kind: 'unresolved', targetPath: null, packageName: null };
  }
}

/** tsconfig `paths` keys: exact, or one `*` standing for any text. */
function matchesPathPattern(pattern: string, specifier: string): boolean {
  const star = pattern.indexOf('*');
  if (star === -1) return pattern === specifier;
  return specifier.startsWith(pattern.slice(0, star)) && specifier.endsWith(pattern.slice(star + 1));
}

function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/** Folders of the workspace's own packages by package name, read from their package.json. */
function workspacePackagesOf(texts: ReadonlyMap<string, string>): Map<string, string> {
  const packages = new Map<string, string>();
  for (const [path, text] of texts) {
    if (posix.basename(path) !== 'package.json' || path.includes('node_modules/')) continue;
    const name = nameIn(text);
    if (name !== null && !packages.has(name))
      packages.set(name, posix.dirname(path) === '.' ? '' : posix.dirname(path));
  }
  return packages;
}

function nameIn(packageJson: string): string | null {
  try {
    const parsed: unknown = JSON.parse(packageJson);
    return typeof parsed === 'object' &&
      parsed !== null &&
      'name' in parsed &&
      typeof parsed.name === 'string'
      ? parsed.name
      : null;
  } catch {
    return null;
  }
}
