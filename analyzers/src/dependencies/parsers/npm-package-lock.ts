import { dependency, type DependencyScope, type FoundDependency, type ManifestFormat } from '../types.ts';
import { basename } from './path-parts.ts';
import {
  declaredLicense,
  isObject,
  objectAt,
  parseJsonObject,
  stringAt,
  type JsonObject,
} from './json-object.ts';

/**
 * `package-lock.json` and `npm-shrinkwrap.json`: v2/v3 from `packages` (with each package's
 * `license`, and direct dependencies from the root entry); v1 from the nested `dependencies` tree.
 */
export const npmPackageLock: ManifestFormat = {
  ecosystem: 'npm',
  kind: 'lock',
  matches: (path) => ['package-lock.json', 'npm-shrinkwrap.json'].includes(basename(path)),
  parse(text) {
    const json = parseJsonObject(text);
    const packages = objectAt(json, 'packages');
    const dependencies =
      Object.keys(packages).length > 0 ? fromPackages(packages) : fromTree(objectAt(json, 'dependencies'));
    // The root entry's license repeats package.json's, which is read for the project.
    return { dependencies, projectLicense: null };
  },
};

function scopeOf(entry: JsonObject): DependencyScope {
  if (entry.dev === true) return 'dev';
  if (entry.optional === true || entry.devOptional === true) return 'optional';
  return 'runtime';
}

function fromPackages(packages: JsonObject): FoundDependency[] {
  const root = objectAt(packages, '');
  const directNames = new Set(
    ['dependencies', 'devDependencies', 'optionalDependencies'].flatMap((s) =>
      Object.keys(objectAt(root, s)),
    ),
  );
  const found: FoundDependency[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    const at = path.lastIndexOf('node_modules/');
    if (at === -1 || !isObject(entry) || entry.link === true) continue;
    const name = stringAt(entry, 'name') ?? path.slice(at + 'node_modules/'.length);
    const version = stringAt(entry, 'version');
    const direct = directNames.has(name) && path === `node_modules/${name}`;
    const license = declaredLicense(entry.license);
    found.push(
      dependency({ name, version, resolved: version !== null, direct, scope: scopeOf(entry), license }),
    );
  }
  return found;
}

/** v1: nested `dependencies`; a top-level entry may be direct or hoisted, so the manifest decides. */
function fromTree(tree: JsonObject, nested = false): FoundDependency[] {
  const found: FoundDependency[] = [];
  for (const [name, entry] of Object.entries(tree)) {
    if (!isObject(entry)) continue;
    const version = stringAt(entry, 'version');
    const direct = nested ? false : null;
    found.push(dependency({ name, version, resolved: version !== null, direct, scope: scopeOf(entry) }));
    found.push(...fromTree(objectAt(entry, 'dependencies'), true));
  }
  return found;
}
