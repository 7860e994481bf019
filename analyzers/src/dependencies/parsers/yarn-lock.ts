import { createRequire } from 'node:module';
import type * as YarnLockfile from '@yarnpkg/lockfile';
import { dependency, type FoundDependency, type ManifestFormat } from '../types.ts';
import { MalformedManifestError } from '../malformed-manifest-error.ts';
import { basename } from './path-parts.ts';
import { isObject, stringAt, type JsonObject } from './json-object.ts';
import { parseYamlObject } from './yaml-document.ts';

/**
 * `yarn.lock`: classic (v1, yarn's own format, read with @yarnpkg/lockfile) and berry (YAML with
 * `__metadata`). A yarn lock does not say which packages are direct or dev: package.json does.
 */
export const yarnLock: ManifestFormat = {
  ecosystem: 'npm',
  kind: 'lock',
  matches: (path) => basename(path) === 'yarn.lock',
  parse(text) {
    const berry = /^__metadata:/m.test(text);
    const entries = berry ? parseYamlObject(text) : parseClassic(text);
    const found = new Map<string, FoundDependency>();
    for (const [key, entry] of Object.entries(entries)) {
      if (key === '__metadata' || !isObject(entry) || entry.linkType === 'soft') continue;
      const name = berry ? berryName(entry) : nameOfDescriptor(key.split(',')[0]?.trim() ?? '');
      const version = stringAt(entry, 'version');
      if (!name || !version || found.has(`${name}@${version}`)) continue;
      found.set(`${name}@${version}`, dependency({ name, version, resolved: true }));
    }
    return { dependencies: [...found.values()], projectLicense: null };
  },
};

const require = createRequire(import.meta.url);
const lockfile = require('@yarnpkg/lockfile') as typeof YarnLockfile;

function parseClassic(text: string): JsonObject {
  let parsed: ReturnType<typeof lockfile.parse>;
  try {
    parsed = lockfile.parse(text);
  } catch (error) {
    throw new MalformedManifestError(
      `not a valid yarn.lock: ${error instanceof Error ? error.message : error}`,
    );
  }
  if (parsed.type !== 'success') throw new MalformedManifestError('not a valid yarn.lock: merge conflict');
  return parsed.object as JsonObject;
}

/** `resolution: "@s/a@npm:1.2.0"` names the package; a workspace resolves to `a@workspace:.`. */
function berryName(entry: JsonObject): string | null {
  const resolution = stringAt(entry, 'resolution');
  if (!resolution || /@(workspace|link|portal|file):/.test(resolution)) return null;
  return nameOfDescriptor(resolution);
}

/** `a@^1.0.0`, `@s/a@npm:^1.0.0`: the name is everything before the last `@` past the first character. */
function nameOfDescriptor(descriptor: string): string | null {
  const unquoted = descriptor.replace(/^"|"$/g, '');
  const at = unquoted.indexOf('@', 1);
  return at === -1 ? null : unquoted.slice(0, at);
}
