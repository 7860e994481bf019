import { dependency, type FoundDependency, type ManifestFormat } from '../types.ts';
import { basename } from './path-parts.ts';
import { objectAt, parseJsonObject, stringAt } from './json-object.ts';

/**
 * NuGet's `packages.lock.json`: per target framework, packages typed `Direct`, `Transitive` or
 * `CentralTransitive` (`Project` entries are the solution's own projects).
 */
export const nugetLock: ManifestFormat = {
  ecosystem: 'nuget',
  kind: 'lock',
  matches: (path) => basename(path) === 'packages.lock.json',
  parse(text) {
    const found = new Map<string, FoundDependency>();
    for (const framework of Object.values(objectAt(parseJsonObject(text), 'dependencies'))) {
      for (const [name, entry] of Object.entries(
        typeof framework === 'object' && framework ? framework : {},
      )) {
        const type = stringAt(entry, 'type');
        const version = stringAt(entry, 'resolved');
        if (type === 'Project' || found.has(`${name}@${version}`)) continue;
        const direct = type === 'Direct';
        found.set(`${name}@${version}`, dependency({ name, version, resolved: version !== null, direct }));
      }
    }
    return { dependencies: [...found.values()], projectLicense: null };
  },
};
