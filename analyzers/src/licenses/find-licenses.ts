import { dirname } from '../dependencies/parsers/path-parts.ts';
import { readBlobTexts } from '../dependencies/read-blob-texts.ts';
import type { ParsedFile } from '../dependencies/merge-project.ts';
import { missingBlobWarning, readLimitBytes, type StageContext } from '../dependencies/stage-context.ts';
import { identifyLicenseText } from './identify-license-text.ts';
import { isLicenseFile } from './license-file-names.ts';
import { declaredRow, matchedRow, unlicensedRow, type LicenseRow } from './license-row.ts';
import { vendoredComponentOf } from './vendored-components.ts';
import { spdxHeaderOf } from './spdx-header.ts';
import { formatOf } from '../dependencies/manifest-formats.ts';

/** Vendored files read for an `SPDX-License-Identifier` line, at most (the first ones by path). */
const headerScanLimit = 5000;
const headerScanBytes = 1 * 2 ** 20;

/**
 * Every license of the repo but its dependencies' (those come from the `dependencies` rows):
 * license files identified by their text, licenses manifests declare for their own project, and
 * for each vendored component its license files, its SPDX headers and its manifests' licenses,
 * or a `none` row when it has none.
 */
export async function findLicenses(
  ctx: StageContext,
  manifests: readonly ParsedFile[],
): Promise<LicenseRow[]> {
  const rows: LicenseRow[] = [...(await licenseFileRows(ctx)), ...projectRows(ctx, manifests)];
  rows.push(...(await vendoredManifestRows(ctx)), ...(await vendoredHeaderRows(ctx)));
  const covered = new Set(rows.filter((r) => r.origin === 'vendored').map((r) => r.component));
  const components = new Set([...ctx.vendored].map(vendoredComponentOf));
  for (const component of [...components].sort())
    if (!covered.has(component))
      rows.push(unlicensedRow({ repo_id: ctx.repoId, path: component, origin: 'vendored', component }));
  return rows;
}

async function licenseFileRows(ctx: StageContext): Promise<LicenseRow[]> {
  const files = ctx.entries.filter((e) => isLicenseFile(e.path) && (e.size ?? 0) <= readLimitBytes);
  const rows: LicenseRow[] = [];
  for await (const [entry, text] of readBlobTexts(ctx.access, files, (e) =>
    ctx.warn(missingBlobWarning(e.path)),
  )) {
    const vendored = ctx.vendored.has(entry.path);
    const origin = vendored ? 'vendored' : entry.path.includes('/') ? 'license-file' : 'repo';
    const component = vendored ? vendoredComponentOf(entry.path) : dirname(entry.path);
    rows.push(
      matchedRow({ repo_id: ctx.repoId, path: entry.path, origin, component }, identifyLicenseText(text)),
    );
  }
  return rows;
}

function projectRows(ctx: StageContext, manifests: readonly ParsedFile[]): LicenseRow[] {
  return manifests.flatMap(({ path, parsed }) => {
    if (parsed.projectLicense === null || parsed.projectLicense.trim() === '') return [];
    return [
      declaredRow(
        { repo_id: ctx.repoId, path, origin: 'project', component: dirname(path) },
        parsed.projectLicense,
        'declared',
      ),
    ];
  });
}

/** Licenses the manifests inside vendored components declare (a vendored `package.json`). */
async function vendoredManifestRows(ctx: StageContext): Promise<LicenseRow[]> {
  const files = ctx.entries.filter(
    (e) =>
      ctx.vendored.has(e.path) && formatOf(e.path)?.kind === 'manifest' && (e.size ?? 0) <= readLimitBytes,
  );
  const rows: LicenseRow[] = [];
  for await (const [entry, text] of readBlobTexts(ctx.access, files, (e) =>
    ctx.warn(missingBlobWarning(e.path)),
  )) {
    const license = vendoredProjectLicense(entry.path, text);
    const component = vendoredComponentOf(entry.path);
    if (license)
      rows.push(
        declaredRow(
          { repo_id: ctx.repoId, path: entry.path, origin: 'vendored', component },
          license,
          'declared',
        ),
      );
  }
  return rows;
}

async function vendoredHeaderRows(ctx: StageContext): Promise<LicenseRow[]> {
  const files = ctx.entries
    .filter((e) => ctx.vendored.has(e.path) && !isLicenseFile(e.path) && (e.size ?? 0) <= headerScanBytes)
    .slice(0, headerScanLimit);
  const seen = new Map<string, LicenseRow>();
  for await (const [entry, text] of readBlobTexts(ctx.access, files, (e) =>
    ctx.warn(missingBlobWarning(e.path)),
  )) {
    const declared = spdxHeaderOf(text);
    const component = vendoredComponentOf(entry.path);
    if (declared === null || seen.has(`${component}\0${declared}`)) continue;
    seen.set(
      `${component}\0${declared}`,
      declaredRow(
        { repo_id: ctx.repoId, path: entry.path, origin: 'vendored', component },
        declared,
        'spdx-header',
      ),
    );
  }
  return [...seen.values()];
}

function vendoredProjectLicense(path: string, text: string): string | null {
  try {
    return formatOf(path)?.parse(text, path).projectLicense ?? null;
  } catch {
    return null; // someone else's broken manifest: its license stays unknown
  }
}
