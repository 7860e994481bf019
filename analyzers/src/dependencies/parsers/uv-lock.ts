import { dependency, type DependencyScope, type FoundDependency, type ManifestFormat } from '../types.ts';
import { basename } from './path-parts.ts';
import { isObject, objectAt, stringAt, type JsonObject } from './json-object.ts';
import { parseTomlObject, tomlArrayOfTables } from './toml-document.ts';
import { normalizePythonName } from '../purl.ts';

/**
 * `uv.lock`: every `[[package]]` from a registry, git or URL source; the project's own packages
 * (`virtual`, `editable`, `directory` sources) are not dependencies, but what they list is direct:
 * `dependencies` runtime, `optional-dependencies` optional, `dev-dependencies` dev.
 */
export const uvLock: ManifestFormat = {
  ecosystem: 'pypi',
  kind: 'lock',
  matches: (path) => basename(path) === 'uv.lock',
  parse(text) {
    const packages = tomlArrayOfTables(parseTomlObject(text), 'package');
    const own = packages.filter(isOwnPackage);
    const direct = directScopes(own);
    const found: FoundDependency[] = [];
    for (const p of packages) {
      const name = stringAt(p, 'name');
      const version = stringAt(p, 'version');
      if (!name || isOwnPackage(p)) continue;
      const scope = direct.get(normalizePythonName(name)) ?? 'runtime';
      const isDirect = direct.has(normalizePythonName(name));
      found.push(dependency({ name, version, resolved: version !== null, direct: isDirect, scope }));
    }
    return { dependencies: found, projectLicense: null };
  },
};

function isOwnPackage(p: JsonObject): boolean {
  const source = objectAt(p, 'source');
  return 'virtual' in source || 'editable' in source || 'directory' in source;
}

function directScopes(own: JsonObject[]): Map<string, DependencyScope> {
  const scopes = new Map<string, DependencyScope>();
  const add = (list: unknown, scope: DependencyScope) => {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      const name = stringAt(item, 'name');
      if (name && !scopes.has(normalizePythonName(name))) scopes.set(normalizePythonName(name), scope);
    }
  };
  for (const p of own) {
    add(p.dependencies, 'runtime');
    Object.values(objectAt(p, 'optional-dependencies')).forEach((l) => add(l, 'optional'));
    const dev = isObject(p['dev-dependencies']) ? p['dev-dependencies'] : {};
    Object.values(dev).forEach((l) => add(l, 'dev'));
  }
  return scopes;
}
