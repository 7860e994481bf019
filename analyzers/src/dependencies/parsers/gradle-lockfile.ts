import { dependency, type FoundDependency, type ManifestFormat } from '../types.ts';
import { MalformedManifestError } from '../malformed-manifest-error.ts';
import { basename } from './path-parts.ts';

/**
 * Gradle dependency locking (`gradle.lockfile`, or `gradle/dependency-locks/*.lockfile`):
 * `group:artifact:version=configuration,...`. A module locked only for test or annotation
 * processor configurations is dev.
 */
export const gradleLockfile: ManifestFormat = {
  ecosystem: 'maven',
  kind: 'lock',
  matches: (path) =>
    basename(path).endsWith('.lockfile') &&
    (basename(path) === 'gradle.lockfile' || path.includes('dependency-locks/')),
  parse(text) {
    const found: FoundDependency[] = [];
    for (const [index, raw] of text.split(/\r?\n/).entries()) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#') || line.startsWith('empty=')) continue;
      const [coordinates = '', configurations = ''] = line.split('=');
      const [group, artifact, version] = coordinates.split(':');
      if (!group || !artifact || !version)
        throw new MalformedManifestError(`gradle lock file line ${index + 1}: cannot read "${line}"`);
      const dev = configurations.split(',').every((c) => /^test|annotationProcessor/i.test(c.trim()));
      const scope = configurations !== '' && dev ? 'dev' : 'runtime';
      found.push(dependency({ name: `${group}:${artifact}`, version, resolved: true, scope }));
    }
    return { dependencies: found, projectLicense: null };
  },
};
