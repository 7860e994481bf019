import { createHash } from 'node:crypto';
import { join, resolve, sep } from 'node:path';
import { UsageError } from '../errors.ts';

/**
 * Where a URL's bare clone lives: `<cacheDir>/<host>/<path>.git`, every segment reduced to
 * [A-Za-z0-9._-] and none made only of dots, so no URL can name a folder outside the cache.
 */
export function cloneCachePath(cacheDir: string, url: URL): string {
  const root = resolve(cacheDir);
  const host = safeSegment(url.port === '' ? url.hostname : `${url.hostname}_${url.port}`);
  const segments = url.pathname
    .split('/')
    .filter((s) => s !== '')
    .map((s) => safeSegment(decodeSegment(s)));
  const name = (segments.pop() ?? 'repo').replace(/\.git$/, '') || 'repo';
  const folder = join(root, host, ...segments, `${name}.git`);
  // Cannot happen after cleaning; checked anyway because a mistake here would write anywhere.
  if (!folder.startsWith(root + sep))
    throw new UsageError(`the clone folder for this URL would lie outside ${root}`);
  return folder;
}

/** A sibling folder for a URL whose cleaned-up name collides with another URL's. */
export function disambiguatedCachePath(folder: string, source: string): string {
  const suffix = createHash('sha256').update(source).digest('hex').slice(0, 10);
  return folder.replace(/\.git$/, `-${suffix}.git`);
}

function safeSegment(segment: string): string {
  const cleaned = segment.replace(/[^A-Za-z0-9._-]/g, '_');
  return /^\.*$/.test(cleaned) ? cleaned.replace(/\./g, '_') || '_' : cleaned;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
