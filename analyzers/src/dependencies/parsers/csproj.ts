import { dependency, type FoundDependency, type ManifestFormat } from '../types.ts';
import { asObject } from './json-object.ts';
import { many, parseXml, textOf } from './xml-document.ts';

/**
 * SDK-style .NET projects (`*.csproj`, `*.fsproj`, `*.vbproj`): every `<PackageReference>`,
 * its version from the `Version` attribute or element (`VersionOverride` when central package
 * management is on). `PrivateAssets="all"` marks a development-only package (analyzers, build tools).
 */
export const csproj: ManifestFormat = {
  ecosystem: 'nuget',
  kind: 'manifest',
  matches: (path) => /\.(cs|fs|vb)proj$/.test(path),
  parse(text) {
    const project = asObject(parseXml(text).Project);
    const found: FoundDependency[] = [];
    for (const group of many(project.ItemGroup)) {
      for (const ref of many(asObject(group).PackageReference)) {
        const entry = asObject(ref);
        const name = textOf(entry['@Include']) ?? textOf(entry['@Update']);
        if (!name) continue;
        const version =
          textOf(entry['@Version']) ?? textOf(entry.Version) ?? textOf(entry['@VersionOverride']) ?? null;
        const privateAssets = (
          textOf(entry['@PrivateAssets']) ??
          textOf(entry.PrivateAssets) ??
          ''
        ).toLowerCase();
        found.push(
          dependency({ name, version, direct: true, scope: privateAssets === 'all' ? 'dev' : 'runtime' }),
        );
      }
    }
    return { dependencies: found, projectLicense: null };
  },
};
