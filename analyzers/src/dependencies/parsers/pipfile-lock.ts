import { dependency, type DependencyScope, type FoundDependency, type ManifestFormat } from '../types.ts';
import { basename } from './path-parts.ts';
import { objectAt, parseJsonObject, stringAt } from './json-object.ts';

const sections: ReadonlyArray<[string, DependencyScope]> = [
  ['default', 'runtime'],
  ['develop', 'dev'],
];

/** `Pipfile.lock` (JSON): `default` and `develop`, versions as `==1.2.3`. */
export const pipfileLock: ManifestFormat = {
  ecosystem: 'pypi',
  kind: 'lock',
  matches: (path) => basename(path) === 'Pipfile.lock',
  parse(text) {
    const json = parseJsonObject(text);
    const found: FoundDependency[] = [];
    for (const [section, scope] of sections) {
      for (const [name, entry] of Object.entries(objectAt(json, section))) {
        const version = stringAt(entry, 'version')?.replace(/^===?/, '') ?? null;
        found.push(dependency({ name, version, resolved: version !== null, scope }));
      }
    }
    return { dependencies: found, projectLicense: null };
  },
};
