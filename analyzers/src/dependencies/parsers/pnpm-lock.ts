import { dependency, type DependencyScope, type FoundDependency, type ManifestFormat } from '../types.ts';
import { basename } from './path-parts.ts';
import { isObject, objectAt, type JsonObject } from './json-object.ts';
import { parseYamlObject } from './yaml-document.ts';

const sections: ReadonlyArray<[string, DependencyScope]> = [
  ['dependencies', 'runtime'],
  ['optionalDependencies', 'optional'],
  ['devDependencies', 'dev'],
];

/**
 * `pnpm-lock.yaml` (lockfile versions 5 to 9): every package of `packages`, direct when an
 * importer (a workspace project, or the root before v6 without importers) names it.
 */
export const pnpmLock: ManifestFormat = {
  ecosystem: 'npm',
  kind: 'lock',
  matches: (path) => basename(path) === 'pnpm-lock.yaml',
  parse(text) {
    const lock = parseYamlObject(text);
    const importers =
      Object.keys(objectAt(lock, 'importers')).length > 0
        ? Object.values(objectAt(lock, 'importers'))
        : [lock];
    const direct = directScopes(importers);
    const reached = reachedScopes(lock, direct);
    const found = new Map<string, FoundDependency>();
    for (const [key, entry] of Object.entries(objectAt(lock, 'packages'))) {
      const parsed = parsePackageKey(key);
      if (!parsed || found.has(`${parsed.name}@${parsed.version}`)) continue;
      const { name, version } = parsed;
      const id = `${name}@${version}`;
      const scope =
        direct.get(id) ?? transitiveScope(isObject(entry) ? entry : {}) ?? reached.get(id) ?? null;
      const isDirect = direct.has(`${name}@${version}`);
      found.set(`${name}@${version}`, dependency({ name, version, resolved: true, direct: isDirect, scope }));
    }
    return { dependencies: [...found.values()], projectLicense: null };
  },
};

/**
 * Lockfile v9 has no `dev` flags: a package's scope is the freest scope of the direct
 * dependencies it is reached from, walking the `dependencies` of `snapshots` (or `packages`).
 */
function reachedScopes(lock: JsonObject, direct: Map<string, DependencyScope>): Map<string, DependencyScope> {
  const edges = new Map<string, string[]>();
  const graph =
    Object.keys(objectAt(lock, 'snapshots')).length > 0
      ? objectAt(lock, 'snapshots')
      : objectAt(lock, 'packages');
  for (const [key, entry] of Object.entries(graph)) {
    const from = parsePackageKey(key);
    if (!from) continue;
    const targets = ['dependencies', 'optionalDependencies'].flatMap((s) =>
      Object.entries(objectAt(entry, s)).map(([name, v]) => `${name}@${stripPeers(String(v))}`),
    );
    edges.set(`${from.name}@${from.version}`, [
      ...(edges.get(`${from.name}@${from.version}`) ?? []),
      ...targets,
    ]);
  }
  const reached = new Map<string, DependencyScope>();
  for (const scope of ['runtime', 'optional', 'dev'] as const) {
    const queue = [...direct].filter(([, s]) => s === scope).map(([id]) => id);
    while (queue.length > 0) {
      const id = queue.pop() ?? '';
      for (const next of edges.get(id) ?? []) {
        if (reached.has(next) || direct.has(next)) continue;
        reached.set(next, scope);
        queue.push(next);
      }
    }
  }
  return reached;
}

function transitiveScope(entry: JsonObject): DependencyScope | null {
  if (entry.optional === true) return 'optional';
  if (entry.dev === true) return 'dev';
  return entry.dev === false ? 'runtime' : null;
}

/** `name@version` of every dependency an importer names, with the scope of its section. */
function directScopes(importers: unknown[]): Map<string, DependencyScope> {
  const scopes = new Map<string, DependencyScope>();
  for (const importer of importers) {
    for (const [section, scope] of sections) {
      for (const [name, spec] of Object.entries(objectAt(importer, section))) {
        const raw = isObject(spec) ? spec.version : spec;
        if (typeof raw !== 'string' || raw.startsWith('link:')) continue;
        const version = stripPeers(raw.startsWith('/') ? (parsePackageKey(raw)?.version ?? raw) : raw);
        if (!scopes.has(`${name}@${version}`)) scopes.set(`${name}@${version}`, scope);
      }
    }
  }
  return scopes;
}

function stripPeers(version: string): string {
  return version.replace(/\(.*$/, '').replace(/_.*$/, '');
}

/** `/a/1.0.0_peer@2` (v5), `/a@1.0.0(peer@2)` (v6), `a@1.0.0` (v9), scoped `@s/a` alike. */
export function parsePackageKey(key: string): { name: string; version: string } | null {
  const bare = key.replace(/^\//, '').replace(/\(.*$/, '');
  const v5 = /^((?:@[^/]+\/)?[^/@]+)\/([^/]+)$/.exec(bare);
  if (v5?.[1] && v5[2]) return { name: v5[1], version: stripPeers(v5[2]) };
  const at = bare.lastIndexOf('@');
  if (at <= 0) return null;
  return { name: bare.slice(0, at), version: stripPeers(bare.slice(at + 1)) };
}
