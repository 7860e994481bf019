import { normalizePythonName } from './purl.ts';
import type { DependencyScope, Ecosystem, FoundDependency, ManifestFormat, ParsedManifest } from './types.ts';

export interface ParsedFile {
  path: string;
  format: ManifestFormat;
  parsed: ParsedManifest;
}

/** One dependency row before licenses and purls: which file it came from, direct, scope. */
export interface MergedDependency {
  ecosystem: Ecosystem;
  name: string;
  version: string | null;
  resolved: boolean;
  direct: boolean;
  scope: DependencyScope;
  manifestPath: string;
  license: string | null;
}

/**
 * The dependencies of one project (the manifests and lock files of one ecosystem in one folder).
 * With a lock file, its resolved packages are the rows: a lock that cannot tell direct from
 * transitive (yarn.lock, poetry.lock...) is told by the manifest, and so is the scope of a direct
 * dependency. A declared dependency no lock file resolves keeps its declared range.
 */
export function mergeProject(files: readonly ParsedFile[]): MergedDependency[] {
  const manifests = files.filter((f) => f.format.kind === 'manifest');
  const locks = files.filter((f) => f.format.kind === 'lock');
  const supplementary = files.filter((f) => f.format.kind === 'supplementary-lock');
  const declared = declaredByKey(manifests);
  const rows: MergedDependency[] = [];
  const resolvedKeys = new Set<string>();
  for (const file of [...locks, ...supplementary]) {
    const own = file.format.kind === 'lock';
    for (const d of file.parsed.dependencies) {
      const key = keyOf(file.format.ecosystem, d.name);
      if (!own && resolvedKeys.has(key)) continue;
      if (own) resolvedKeys.add(key);
      const manifest = declared.get(key);
      const direct = d.direct ?? manifest !== undefined;
      const scope = d.scope ?? (direct && manifest ? manifest.dependency.scope : null) ?? 'runtime';
      rows.push(row(file, d, { direct, scope }));
    }
    if (!own)
      for (const d of file.parsed.dependencies) resolvedKeys.add(keyOf(file.format.ecosystem, d.name));
  }
  for (const [key, { file, dependency }] of declared)
    if (!resolvedKeys.has(key))
      rows.push(row(file, dependency, { direct: true, scope: dependency.scope ?? 'runtime' }));
  return rows;
}

function row(
  file: ParsedFile,
  d: FoundDependency,
  decided: { direct: boolean; scope: DependencyScope },
): MergedDependency {
  const { name, version, resolved, license } = d;
  return {
    ecosystem: file.format.ecosystem,
    name,
    version,
    resolved,
    ...decided,
    manifestPath: file.path,
    license,
  };
}

function declaredByKey(manifests: readonly ParsedFile[]) {
  const declared = new Map<string, { file: ParsedFile; dependency: FoundDependency }>();
  for (const file of manifests)
    for (const dependency of file.parsed.dependencies) {
      const key = keyOf(file.format.ecosystem, dependency.name);
      if (!declared.has(key)) declared.set(key, { file, dependency });
    }
  return declared;
}

/** Names compare as the ecosystem compares them (PyPI and NuGet ignore case). */
export function keyOf(ecosystem: Ecosystem, name: string): string {
  if (ecosystem === 'pypi') return normalizePythonName(name);
  return ecosystem === 'nuget' ? name.toLowerCase() : name;
}
