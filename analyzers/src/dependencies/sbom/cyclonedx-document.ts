import { isSpdxExpression } from '../../licenses/classify-license.ts';
import type { RowOf, dependencies } from '../../schema/index.ts';
import { toolVersion } from '../../version.ts';
import type { SbomRepo } from './read-sbom-input.ts';

export interface SbomOptions {
  /** When the document is made; also the seed of nothing: serial numbers come from `uuid`. */
  timestamp: Date;
  uuid: string;
}

const scopeOf: Record<string, string> = { runtime: 'required', optional: 'optional', dev: 'excluded' };

/**
 * A CycloneDX 1.6 JSON BOM: each repo is an application component, each dependency row a
 * library component (its manifest and directness as properties), and each repo depends on its
 * direct dependencies. Transitive rows are listed without edges: lock files give the set, and
 * this analysis does not rebuild the graph.
 */
export function cycloneDxDocument(input: readonly SbomRepo[], options: SbomOptions) {
  const components = input.flatMap((r) => [repoComponent(r), ...r.dependencies.map(libraryComponent)]);
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${options.uuid}`,
    version: 1,
    metadata: {
      timestamp: options.timestamp.toISOString(),
      tools: { components: [{ type: 'application', name: 'diligent', version: toolVersion }] },
    },
    components,
    dependencies: input.flatMap((r) => [
      { ref: repoRef(r), dependsOn: r.dependencies.filter((d) => d.is_direct).map(libraryRef) },
      ...r.dependencies.map((d) => ({ ref: libraryRef(d) })),
    ]),
  };
}

function repoRef(r: SbomRepo): string {
  return `repo:${r.repo.repo_id}`;
}

function libraryRef(d: RowOf<typeof dependencies>): string {
  return `${d.repo_id}:${d.manifest_path}:${d.ecosystem}:${d.name}@${d.version ?? ''}`;
}

function repoComponent(r: SbomRepo) {
  return {
    type: 'application',
    'bom-ref': repoRef(r),
    name: r.repo.name,
    version: r.repo.head_sha,
    ...(r.license ? { licenses: [licenseChoice(r.license)] } : {}),
  };
}

function libraryComponent(d: RowOf<typeof dependencies>) {
  return {
    type: 'library',
    'bom-ref': libraryRef(d),
    name: d.name,
    ...(d.version === null ? {} : { version: d.version }),
    scope: scopeOf[d.scope] ?? 'required',
    purl: d.purl,
    ...(d.license ? { licenses: [licenseChoice(d.license)] } : {}),
    properties: [
      { name: 'diligent:repo', value: d.repo_id },
      { name: 'diligent:manifest', value: d.manifest_path },
      { name: 'diligent:direct', value: String(d.is_direct) },
      { name: 'diligent:resolved', value: String(d.is_resolved) },
    ],
  };
}

/** An SPDX expression as `expression`; anything else as a license `name`. */
function licenseChoice(license: string) {
  return isSpdxExpression(license) ? { expression: license } : { license: { name: license } };
}
