import { dependency, type DependencyScope, type FoundDependency, type ManifestFormat } from '../types.ts';
import { basename } from './path-parts.ts';
import { declaredLicense, objectAt, parseJsonObject } from './json-object.ts';

const sections: ReadonlyArray<[string, DependencyScope]> = [
  ['dependencies', 'runtime'],
  ['optionalDependencies', 'optional'],
  ['devDependencies', 'dev'],
];

/** Local packages (a monorepo's own workspaces, folders, links) are not third-party dependencies. */
const localSpec = /^(workspace|file|link|portal):/;

/** `package.json`: dependencies, optionalDependencies and devDependencies (peers are the host's). */
export const npmPackageJson: ManifestFormat = {
  ecosystem: 'npm',
  kind: 'manifest',
  matches: (path) => basename(path) === 'package.json',
  parse(text) {
    const json = parseJsonObject(text);
    return {
      dependencies: declaredDependencies(json, sections),
      projectLicense: declaredLicense(json.license),
    };
  },
};

export function declaredDependencies(
  json: Record<string, unknown>,
  scopes: ReadonlyArray<[string, DependencyScope]>,
): FoundDependency[] {
  const found = new Map<string, FoundDependency>();
  for (const [section, scope] of scopes) {
    for (const [name, spec] of Object.entries(objectAt(json, section))) {
      if (typeof spec !== 'string' || localSpec.test(spec) || found.has(name)) continue;
      found.set(name, dependency({ name, version: spec, direct: true, scope }));
    }
  }
  return [...found.values()];
}
