import { formatOf } from './manifest-formats.ts';
import { MalformedManifestError } from './malformed-manifest-error.ts';
import type { ParsedFile } from './merge-project.ts';
import { readBlobTexts } from './read-blob-texts.ts';
import { missingBlobWarning, readLimitBytes, type StageContext } from './stage-context.ts';

/**
 * Reads and parses every manifest and lock file of the tree outside vendored folders (a vendored
 * package's manifest describes someone else's project). A file that cannot be parsed becomes a
 * `malformed-manifest` warning; the other files are still read.
 */
export async function readManifests(ctx: StageContext): Promise<ParsedFile[]> {
  const candidates = ctx.entries.filter((e) => formatOf(e.path) && !ctx.vendored.has(e.path));
  const readable = candidates.filter((e) => (e.size ?? 0) <= readLimitBytes);
  for (const e of candidates.filter((c) => !readable.includes(c)))
    ctx.warn({
      kind: 'manifest-too-large',
      sha: null,
      path: e.path,
      message: `over ${readLimitBytes} bytes: not read`,
    });
  const parsed: ParsedFile[] = [];
  for await (const [entry, text] of readBlobTexts(ctx.access, readable, (e) =>
    ctx.warn(missingBlobWarning(e.path)),
  )) {
    const format = formatOf(entry.path);
    if (!format) continue;
    try {
      parsed.push({ path: entry.path, format, parsed: format.parse(text, entry.path) });
    } catch (error) {
      if (!(error instanceof MalformedManifestError)) throw error;
      ctx.warn({ kind: 'malformed-manifest', sha: null, path: entry.path, message: error.message });
    }
  }
  return parsed;
}
