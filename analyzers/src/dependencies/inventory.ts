import { classifyDeclaredLicense } from '../licenses/classify-license.ts';
import type { RowOf, dependencies } from '../schema/index.ts';
import { mergeProject, type MergedDependency, type ParsedFile } from './merge-project.ts';
import { dirname } from './parsers/path-parts.ts';
import { packageUrl } from './purl.ts';

/** The `dependencies` rows of a repo: each folder's projects merged, one row per key. */
export function inventory(repoId: string, files: readonly ParsedFile[]): RowOf<typeof dependencies>[] {
  const projects = new Map<string, ParsedFile[]>();
  for (const file of files) {
    const key = `${file.format.ecosystem}\0${dirname(file.path)}`;
    projects.set(key, [...(projects.get(key) ?? []), file]);
  }
  const rows = new Map<string, RowOf<typeof dependencies>>();
  for (const project of projects.values()) {
    for (const merged of mergeProject(project)) {
      const row = toRow(repoId, merged);
      const key = [row.manifest_path, row.ecosystem, row.name, row.version].join('\0');
      if (!rows.has(key)) rows.set(key, row);
    }
  }
  return [...rows.values()];
}

function toRow(repoId: string, d: MergedDependency): RowOf<typeof dependencies> {
  const license = d.license === null ? null : classifyDeclaredLicense(d.license);
  return {
    repo_id: repoId,
    ecosystem: d.ecosystem,
    name: d.name,
    version: d.version,
    is_resolved: d.resolved,
    is_direct: d.direct,
    scope: d.scope,
    manifest_path: d.manifestPath,
    purl: packageUrl(d.ecosystem, d.name, d.resolved ? d.version : null),
    license: license?.licenseId ?? null,
    license_class: license?.licenseClass ?? null,
  };
}
