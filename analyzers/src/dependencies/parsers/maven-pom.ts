import { dependency, type DependencyScope, type FoundDependency, type ManifestFormat } from '../types.ts';
import { basename } from './path-parts.ts';
import { asObject, objectAt, type JsonObject } from './json-object.ts';
import { many, parseXml, textOf } from './xml-document.ts';

/**
 * `pom.xml`: the project's `<dependencies>`, versions with `${property}` substituted from the
 * pom's own properties and filled from its own `<dependencyManagement>`; what a parent pom or a
 * BOM would supply is unknown offline. Maven scopes: `test` is dev; `provided`, `compile`,
 * `runtime` and `system` ship or run with the product; `<optional>true` is optional.
 */
export const mavenPom: ManifestFormat = {
  ecosystem: 'maven',
  kind: 'manifest',
  matches: (path) => basename(path) === 'pom.xml',
  parse(text) {
    const project = objectAt(parseXml(text), 'project');
    const properties = propertiesOf(project);
    const resolve = (v: string | null) =>
      v === null ? null : v.replace(/\$\{([^}]+)\}/g, (m, k: string) => properties.get(k) ?? m);
    const managed = new Map<string, string | null>();
    for (const d of many(objectAt(objectAt(project, 'dependencyManagement'), 'dependencies').dependency))
      managed.set(coordinate(d), resolve(textOf(asObject(d).version)));
    const found: FoundDependency[] = [];
    for (const d of many(objectAt(project, 'dependencies').dependency)) {
      const name = coordinate(d);
      if (name === ':') continue;
      const version = resolve(textOf(asObject(d).version)) ?? managed.get(name) ?? null;
      found.push(dependency({ name, version, direct: true, scope: scopeOf(asObject(d)) }));
    }
    const license = textOf(many(objectAt(project, 'licenses').license).map((l) => asObject(l).name)[0]);
    return { dependencies: found, projectLicense: license };
  },
};

function coordinate(d: unknown): string {
  const entry = asObject(d);
  return `${textOf(entry.groupId) ?? ''}:${textOf(entry.artifactId) ?? ''}`;
}

function scopeOf(d: JsonObject): DependencyScope {
  if (textOf(d.optional) === 'true') return 'optional';
  return textOf(d.scope) === 'test' ? 'dev' : 'runtime';
}

function propertiesOf(project: JsonObject): Map<string, string> {
  const properties = new Map<string, string>();
  for (const [key, value] of Object.entries(objectAt(project, 'properties'))) {
    const text = textOf(value);
    if (text !== null) properties.set(key, text);
  }
  const version = textOf(project.version) ?? textOf(objectAt(project, 'parent').version);
  if (version) properties.set('project.version', version);
  return properties;
}
