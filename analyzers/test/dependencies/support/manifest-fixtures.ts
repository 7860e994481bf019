import { readFileSync } from 'node:fs';
import { formatOf } from '../../../src/dependencies/manifest-formats.ts';
import { inventory } from '../../../src/dependencies/inventory.ts';
import type { ParsedFile } from '../../../src/dependencies/merge-project.ts';
import type { FoundDependency } from '../../../src/dependencies/types.ts';
import { MalformedManifestError } from '../../../src/dependencies/malformed-manifest-error.ts';

const fixtures = new URL('../fixtures/', import.meta.url);

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, fixtures), 'utf8');
}

/** Parses a fixture as the file `asPath` (its name picks the format), as the analysis would. */
export function parseAs(asPath: string, fixture: string) {
  const format = formatOf(asPath);
  if (!format) throw new Error(`no format reads ${asPath}`);
  return format.parse(fixtureText(fixture), asPath);
}

/** One line per dependency: name version resolved? direct? scope license. */
export function compact(found: readonly FoundDependency[]): string[] {
  return found.map((d) =>
    [
      d.name,
      d.version ?? '-',
      d.resolved ? 'resolved' : 'declared',
      direct(d.direct),
      d.scope ?? '?',
      d.license ?? '',
    ]
      .join(' ')
      .trim(),
  );
}

function direct(value: boolean | null): string {
  return value === null ? '?' : value ? 'direct' : 'transitive';
}

/** The `dependencies` rows of a set of fixtures placed at paths of a tree, one compact line each. */
export function inventoryOf(tree: Record<string, string>): string[] {
  const parsed: ParsedFile[] = Object.entries(tree).map(([path, fixture]) => {
    const format = formatOf(path);
    if (!format) throw new Error(`no format reads ${path}`);
    return { path, format, parsed: format.parse(fixtureText(fixture), path) };
  });
  return inventory('r', parsed)
    .map((r) =>
      [
        r.manifest_path,
        r.ecosystem,
        r.name,
        r.version ?? '-',
        r.is_direct ? 'direct' : 'transitive',
        r.scope,
        r.purl,
      ].join(' '),
    )
    .sort();
}

/** The one-line reason a malformed fixture is rejected with. */
export function malformedReason(asPath: string, fixture: string): string {
  try {
    parseAs(asPath, fixture);
  } catch (error) {
    if (error instanceof MalformedManifestError) return error.message;
    throw error;
  }
  throw new Error(`${fixture} parsed without error`);
}
