export { writeDependencyTables, type DependencyStageInput } from './write-dependency-tables.ts';
export { manifestFormats, formatOf } from './manifest-formats.ts';
export type { Ecosystem, DependencyScope, FoundDependency, ParsedManifest, ManifestFormat } from './types.ts';
export { MalformedManifestError } from './malformed-manifest-error.ts';
export { packageUrl } from './purl.ts';
export { readVersionDrift, versionDriftRow, versionDriftSql } from './deal/version-drift.ts';
export {
  readDependencyOverview,
  dependencyOverviewRow,
  dependencyOverviewSql,
} from './deal/dependency-overview.ts';
export { sbomDocument, sbomFormats, type SbomFormat } from './sbom/write-sbom.ts';
