import { dependency, type FoundDependency, type ManifestFormat } from '../types.ts';
import { MalformedManifestError } from '../malformed-manifest-error.ts';
import { basename } from './path-parts.ts';

/**
 * `Gemfile.lock` (Bundler's own indented format): gems of the `GEM` and `GIT` sections' `specs:`
 * (four spaces: `name (version)`), direct when the `DEPENDENCIES` section names them. Bundler
 * groups (development, test) live only in the Gemfile, a Ruby program, so every gem is runtime.
 */
export const gemfileLock: ManifestFormat = {
  ecosystem: 'gem',
  kind: 'lock',
  matches: (path) => basename(path) === 'Gemfile.lock' || basename(path) === 'gems.locked',
  parse(text) {
    const specs: Array<[string, string]> = [];
    const direct = new Set<string>();
    let section = '';
    for (const [index, line] of text.split(/\r?\n/).entries()) {
      if (/^[A-Z]/.test(line)) section = line.trim();
      else if (['GEM', 'GIT', 'PATH'].includes(section) && /^ {4}\S/.test(line)) {
        const match = /^ {4}(\S+) \(([^)]+)\)$/.exec(line);
        if (!match?.[1] || !match[2])
          throw new MalformedManifestError(`Gemfile.lock line ${index + 1}: cannot read "${line.trim()}"`);
        if (section !== 'PATH')
          specs.push([match[1], match[2].replace(/-(x86|arm|aarch|java|universal).*$/, '')]);
      } else if (section === 'DEPENDENCIES' && /^ {2}\S/.test(line)) {
        direct.add(line.trim().split(/[\s!(]/)[0] ?? '');
      }
    }
    const found = new Map<string, FoundDependency>();
    for (const [name, version] of specs)
      if (!found.has(`${name}@${version}`))
        found.set(
          `${name}@${version}`,
          dependency({ name, version, resolved: true, direct: direct.has(name), scope: 'runtime' }),
        );
    return { dependencies: [...found.values()], projectLicense: null };
  },
};
