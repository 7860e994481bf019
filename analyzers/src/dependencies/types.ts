/** Package ecosystems, named as their package-URL types are (https://github.com/package-url/purl-spec). */
export type Ecosystem = 'npm' | 'pypi' | 'golang' | 'maven' | 'cargo' | 'gem' | 'composer' | 'nuget';

export type DependencyScope = 'runtime' | 'dev' | 'optional';

/** One dependency as a manifest declares it or a lock file resolves it. */
export interface FoundDependency {
  name: string;
  /** The resolved version (lock files) or the declared range (manifests); NULL when none is given. */
  version: string | null;
  resolved: boolean;
  /** NULL when the file cannot tell (most lock files): the project's manifest decides. */
  direct: boolean | null;
  /** NULL when the file cannot tell: the manifest's scope for a direct dependency, else runtime. */
  scope: DependencyScope | null;
  /** A license the file declares for the dependency (an SPDX expression or a name). */
  license: string | null;
}

/** What one manifest or lock file says. */
export interface ParsedManifest {
  dependencies: FoundDependency[];
  /** The license the file declares for the project itself (package.json `license`, ...). */
  projectLicense: string | null;
}

export type ManifestKind = 'manifest' | 'lock' | 'supplementary-lock';

export interface ManifestFormat {
  ecosystem: Ecosystem;
  /**
   * `manifest`: declared dependencies; `lock`: resolved ones; `supplementary-lock`: resolved ones
   * that only count for packages no other lock file of the project names (go.sum next to go.mod).
   */
  kind: ManifestKind;
  /** True when the file (by its path) is of this format. */
  matches(path: string): boolean;
  parse(text: string, path: string): ParsedManifest;
}

export function dependency(fields: Partial<FoundDependency> & { name: string }): FoundDependency {
  return { version: null, resolved: false, direct: null, scope: null, license: null, ...fields };
}
