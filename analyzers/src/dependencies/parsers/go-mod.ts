import { dependency, type FoundDependency, type ManifestFormat } from '../types.ts';
import { MalformedManifestError } from '../malformed-manifest-error.ts';
import { basename } from './path-parts.ts';

/**
 * `go.mod`: the `require` directives. Go's minimal version selection makes each required version
 * the one built (since Go 1.17 every module the build needs is listed), so they count as resolved;
 * `// indirect` marks the transitive ones. `replace` and `exclude` are not applied.
 */
export const goMod: ManifestFormat = {
  ecosystem: 'golang',
  kind: 'lock',
  matches: (path) => basename(path) === 'go.mod',
  parse(text) {
    const found: FoundDependency[] = [];
    let inRequire = false;
    for (const [index, raw] of text.split(/\r?\n/).entries()) {
      const [code = '', comment = ''] = splitComment(raw);
      if (inRequire && code === ')') inRequire = false;
      else if (/^require\s*\($/.test(code)) inRequire = true;
      else if (inRequire || code.startsWith('require ')) {
        const spec = inRequire ? code : code.slice('require '.length).trim();
        if (spec === '') continue;
        const [path, version, extra] = spec.split(/\s+/);
        if (!path || !version || extra !== undefined)
          throw new MalformedManifestError(`go.mod line ${index + 1}: cannot read require "${spec}"`);
        const direct = !/\bindirect\b/.test(comment);
        found.push(dependency({ name: path, version, resolved: true, direct, scope: 'runtime' }));
      }
    }
    return { dependencies: found, projectLicense: null };
  },
};

function splitComment(line: string): [string, string] {
  const at = line.indexOf('//');
  return at === -1 ? [line.trim(), ''] : [line.slice(0, at).trim(), line.slice(at + 2)];
}
