export { writeDependencyTables, type DependencyStageInput } from './write-dependency-tables.ts';
export { manifestFormats, formatOf } from './manifest-formats.ts';
export type { Ecosystem, DependencyScope, FoundDependency, ParsedManifest, ManifestFormat } from './types.ts';
export { MalformedManifestError } from './malformed-manifest-error.ts';
export { packageUrl } from './purl.ts';
