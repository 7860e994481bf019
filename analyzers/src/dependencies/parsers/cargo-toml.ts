import { dependency, type DependencyScope, type FoundDependency, type ManifestFormat } from '../types.ts';
import { basename } from './path-parts.ts';
import { isObject, objectAt, stringAt, type JsonObject } from './json-object.ts';
import { parseTomlObject } from './toml-document.ts';

const sections: ReadonlyArray<[string, DependencyScope]> = [
  ['dependencies', 'runtime'],
  ['build-dependencies', 'dev'],
  ['dev-dependencies', 'dev'],
];

/**
 * `Cargo.toml`: `[dependencies]`, `[build-dependencies]` and `[dev-dependencies]`, also per
 * `[target.'cfg'...]` and `[workspace.dependencies]`; path dependencies are the workspace's own.
 * A crate renamed with `package = "..."` is listed by its real name.
 */
export const cargoToml: ManifestFormat = {
  ecosystem: 'cargo',
  kind: 'manifest',
  matches: (path) => basename(path) === 'Cargo.toml',
  parse(text) {
    const doc = parseTomlObject(text);
    const tables = [
      doc,
      objectAt(doc, 'workspace'),
      ...Object.values(objectAt(doc, 'target')).filter(isObject),
    ];
    const found = new Map<string, FoundDependency>();
    for (const table of tables)
      for (const d of fromTable(table)) if (!found.has(d.name)) found.set(d.name, d);
    const license = stringAt(objectAt(doc, 'package'), 'license');
    return { dependencies: [...found.values()], projectLicense: license };
  },
};

function fromTable(table: JsonObject): FoundDependency[] {
  const found: FoundDependency[] = [];
  for (const [section, scope] of sections) {
    for (const [key, spec] of Object.entries(objectAt(table, section))) {
      if (isObject(spec) && typeof spec.path === 'string') continue;
      const name = stringAt(spec, 'package') ?? key;
      const version = typeof spec === 'string' ? spec : stringAt(spec, 'version');
      const optional = isObject(spec) && spec.optional === true;
      found.push(dependency({ name, version, direct: true, scope: optional ? 'optional' : scope }));
    }
  }
  return found;
}
