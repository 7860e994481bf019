import { dependency, type DependencyScope, type FoundDependency, type ManifestFormat } from '../types.ts';
import { basename } from './path-parts.ts';
import { objectAt, stringAt } from './json-object.ts';
import { parseTomlObject } from './toml-document.ts';

const sections: ReadonlyArray<[string, DependencyScope]> = [
  ['packages', 'runtime'],
  ['dev-packages', 'dev'],
];

/** Pipenv's `Pipfile` (TOML): `[packages]` and `[dev-packages]`; `*` means any version. */
export const pipfile: ManifestFormat = {
  ecosystem: 'pypi',
  kind: 'manifest',
  matches: (path) => basename(path) === 'Pipfile',
  parse(text) {
    const doc = parseTomlObject(text);
    const found: FoundDependency[] = [];
    for (const [section, scope] of sections) {
      for (const [name, spec] of Object.entries(objectAt(doc, section))) {
        const raw = typeof spec === 'string' ? spec : stringAt(spec, 'version');
        found.push(dependency({ name, version: raw === '*' ? null : raw, direct: true, scope }));
      }
    }
    return { dependencies: found, projectLicense: null };
  },
};
