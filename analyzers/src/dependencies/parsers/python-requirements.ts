import { dependency, type FoundDependency, type ManifestFormat } from '../types.ts';
import { basename } from './path-parts.ts';
import { parseRequirement } from './pep508.ts';

/**
 * `requirements*.txt` (pip's line format): one PEP 508 requirement per line; options (`-r`, `-e`,
 * `--hash`), URLs and comments are skipped. An `==` pin is the version pip will install (files
 * from pip-compile are locks in all but name), so it counts as resolved. A file whose name says
 * dev or test (`requirements-dev.txt`) holds dev dependencies.
 */
export const pythonRequirements: ManifestFormat = {
  ecosystem: 'pypi',
  kind: 'manifest',
  matches: (path) => /^requirements.*\.txt$/i.test(basename(path)),
  parse(text, path) {
    const scope = /dev|test|lint|doc/i.test(basename(path)) ? 'dev' : 'runtime';
    const found: FoundDependency[] = [];
    for (const raw of text.replace(/\\\r?\n/g, ' ').split(/\r?\n/)) {
      const line = raw.replace(/(^|\s)#.*$/, '').trim();
      if (line === '' || line.startsWith('-') || /^[a-z+]+:\/\//i.test(line)) continue;
      const req = parseRequirement(line.replace(/\s--hash=\S+/g, ''));
      if (!req) continue;
      const version = req.pinned ?? req.specifier;
      found.push(dependency({ name: req.name, version, resolved: req.pinned !== null, direct: true, scope }));
    }
    return { dependencies: found, projectLicense: null };
  },
};
