import { dependency, type DependencyScope, type FoundDependency, type ManifestFormat } from '../types.ts';
import { basename } from './path-parts.ts';
import { declaredLicense, parseJsonObject, stringAt } from './json-object.ts';

const sections: ReadonlyArray<[string, DependencyScope]> = [
  ['packages', 'runtime'],
  ['packages-dev', 'dev'],
];

/** `composer.lock`: `packages` (runtime) and `packages-dev`, each with its declared `license`. */
export const composerLock: ManifestFormat = {
  ecosystem: 'composer',
  kind: 'lock',
  matches: (path) => basename(path) === 'composer.lock',
  parse(text) {
    const json = parseJsonObject(text);
    const found: FoundDependency[] = [];
    for (const [section, scope] of sections) {
      const list = json[section];
      if (!Array.isArray(list)) continue;
      for (const entry of list) {
        const name = stringAt(entry, 'name');
        const version = stringAt(entry, 'version');
        if (!name) continue;
        const license = declaredLicense((entry as Record<string, unknown>).license);
        found.push(dependency({ name, version, resolved: version !== null, scope, license }));
      }
    }
    return { dependencies: found, projectLicense: null };
  },
};
