import { dependency, type DependencyScope, type ManifestFormat } from '../types.ts';
import { basename } from './path-parts.ts';
import { stringAt, type JsonObject } from './json-object.ts';
import { parseTomlObject, tomlArrayOfTables } from './toml-document.ts';

/** `poetry.lock`: every `[[package]]`; dev by `category` (Poetry < 1.5) or `groups` without main. */
export const poetryLock: ManifestFormat = {
  ecosystem: 'pypi',
  kind: 'lock',
  matches: (path) => basename(path) === 'poetry.lock',
  parse(text) {
    const packages = tomlArrayOfTables(parseTomlObject(text), 'package');
    const dependencies = packages.flatMap((p) => {
      const name = stringAt(p, 'name');
      const version = stringAt(p, 'version');
      if (!name || !version) return [];
      return [dependency({ name, version, resolved: true, scope: scopeOf(p) })];
    });
    return { dependencies, projectLicense: null };
  },
};

function scopeOf(p: JsonObject): DependencyScope | null {
  if (p.optional === true) return 'optional';
  if (p.category === 'dev') return 'dev';
  if (Array.isArray(p.groups)) return p.groups.includes('main') ? 'runtime' : 'dev';
  return p.category === 'main' ? 'runtime' : null;
}
