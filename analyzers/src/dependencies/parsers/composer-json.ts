import { dependency, type DependencyScope, type FoundDependency, type ManifestFormat } from '../types.ts';
import { basename } from './path-parts.ts';
import { declaredLicense, objectAt, parseJsonObject } from './json-object.ts';

const sections: ReadonlyArray<[string, DependencyScope]> = [
  ['require', 'runtime'],
  ['require-dev', 'dev'],
];

/** `composer.json`: `require` and `require-dev`; PHP itself and its extensions are platform packages. */
export const composerJson: ManifestFormat = {
  ecosystem: 'composer',
  kind: 'manifest',
  matches: (path) => basename(path) === 'composer.json',
  parse(text) {
    const json = parseJsonObject(text);
    const found: FoundDependency[] = [];
    for (const [section, scope] of sections) {
      for (const [name, spec] of Object.entries(objectAt(json, section))) {
        if (isPlatformPackage(name) || typeof spec !== 'string') continue;
        found.push(dependency({ name, version: spec, direct: true, scope }));
      }
    }
    return { dependencies: found, projectLicense: declaredLicense(json.license) };
  },
};

/** Platform packages (`php`, `ext-json`, `lib-curl`, `composer-plugin-api`) have no vendor part. */
export function isPlatformPackage(name: string): boolean {
  return !name.includes('/');
}
