import { isSpdxExpression } from '../../licenses/classify-license.ts';
import type { RowOf, dependencies } from '../../schema/index.ts';
import { toolVersion } from '../../version.ts';
import type { SbomOptions } from './cyclonedx-document.ts';
import type { SbomRepo } from './read-sbom-input.ts';

const relationshipOf: Record<string, string> = {
  runtime: 'DEPENDS_ON',
  optional: 'OPTIONAL_DEPENDENCY_OF',
  dev: 'DEV_DEPENDENCY_OF',
};

/**
 * An SPDX 2.3 JSON document: a package per repo (DESCRIBES) and per dependency row, related to
 * its repo by DEPENDS_ON (runtime), or DEV_DEPENDENCY_OF / OPTIONAL_DEPENDENCY_OF. Nothing is
 * concluded (NOASSERTION); a declared license that is an SPDX expression is `licenseDeclared`.
 */
export function spdxDocument(input: readonly SbomRepo[], options: SbomOptions) {
  const name = input.length === 1 ? (input[0]?.repo.name ?? 'deal') : 'deal';
  const packages = [];
  const relationships = [];
  for (const [r, repo] of input.entries()) {
    const repoId = `SPDXRef-Repo-${r}`;
    packages.push(spdxPackage(repoId, repo.repo.name, repo.repo.head_sha, repo.license, null));
    relationships.push({
      spdxElementId: 'SPDXRef-DOCUMENT',
      relationshipType: 'DESCRIBES',
      relatedSpdxElement: repoId,
    });
    for (const [i, d] of repo.dependencies.entries()) {
      const id = `SPDXRef-Package-${r}-${i}`;
      packages.push(spdxPackage(id, d.name, d.version, d.license, d));
      relationships.push(relationship(repoId, id, d));
    }
  }
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `${name} SBOM`,
    documentNamespace: `https://spdx.org/spdxdocs/diligent-${encodeURIComponent(name)}-${options.uuid}`,
    creationInfo: {
      created: options.timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      creators: [`Tool: diligent-${toolVersion}`],
    },
    packages,
    relationships,
  };
}

function relationship(repoId: string, id: string, d: RowOf<typeof dependencies>) {
  const type = relationshipOf[d.scope] ?? 'DEPENDS_ON';
  return type === 'DEPENDS_ON'
    ? { spdxElementId: repoId, relationshipType: type, relatedSpdxElement: id }
    : { spdxElementId: id, relationshipType: type, relatedSpdxElement: repoId };
}

function spdxPackage(
  id: string,
  name: string,
  version: string | null,
  license: string | null,
  d: RowOf<typeof dependencies> | null,
) {
  return {
    SPDXID: id,
    name,
    ...(version === null ? {} : { versionInfo: version }),
    downloadLocation: 'NOASSERTION',
    filesAnalyzed: false,
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: license !== null && isSpdxExpression(license) ? license : 'NOASSERTION',
    copyrightText: 'NOASSERTION',
    ...(d === null
      ? { primaryPackagePurpose: 'APPLICATION' }
      : {
          primaryPackagePurpose: 'LIBRARY',
          externalRefs: [
            { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: d.purl },
          ],
          comment: `${d.is_direct ? 'direct' : 'transitive'} ${d.scope} dependency from ${d.manifest_path}`,
        }),
  };
}
