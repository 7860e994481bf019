import { dependency, type ManifestFormat } from '../types.ts';
import { basename } from './path-parts.ts';
import { stringAt, type JsonObject } from './json-object.ts';
import { parseTomlObject, tomlArrayOfTables } from './toml-document.ts';

/**
 * `Cargo.lock`: every `[[package]]` with a source (registry or git); packages without one are the
 * workspace's own crates, and what they depend on is direct.
 */
export const cargoLock: ManifestFormat = {
  ecosystem: 'cargo',
  kind: 'lock',
  matches: (path) => basename(path) === 'Cargo.lock',
  parse(text) {
    const packages = tomlArrayOfTables(parseTomlObject(text), 'package');
    const own = packages.filter((p) => stringAt(p, 'source') === null);
    const direct = new Set(own.flatMap(dependencyNames));
    const dependencies = packages
      .filter((p) => stringAt(p, 'source') !== null)
      .flatMap((p) => {
        const name = stringAt(p, 'name');
        const version = stringAt(p, 'version');
        if (!name || !version) return [];
        const isDirect = direct.has(name) || direct.has(`${name} ${version}`);
        return [dependency({ name, version, resolved: true, direct: isDirect })];
      });
    return { dependencies, projectLicense: null };
  },
};

/** `"serde"` or `"serde 1.0.1"` (when several versions are locked), or with a source after. */
function dependencyNames(p: JsonObject): string[] {
  if (!Array.isArray(p.dependencies)) return [];
  return p.dependencies
    .filter((d): d is string => typeof d === 'string')
    .map((d) => d.split(' ').slice(0, 2).join(' '));
}
