import { dependency, type FoundDependency, type ManifestFormat } from '../types.ts';
import { basename } from './path-parts.ts';

/**
 * `go.sum`: the modules whose content was checksummed (lines without `/go.mod`). Go lists every
 * module version it ever considered, so go.sum only adds modules go.mod does not name.
 */
export const goSum: ManifestFormat = {
  ecosystem: 'golang',
  kind: 'supplementary-lock',
  matches: (path) => basename(path) === 'go.sum',
  parse(text) {
    const found = new Map<string, FoundDependency>();
    for (const line of text.split(/\r?\n/)) {
      const [path, version, hash] = line.trim().split(/\s+/);
      if (!path || !version || !hash || version.endsWith('/go.mod')) continue;
      if (!found.has(`${path}@${version}`))
        found.set(`${path}@${version}`, dependency({ name: path, version, resolved: true, direct: false }));
    }
    return { dependencies: [...found.values()], projectLicense: null };
  },
};
