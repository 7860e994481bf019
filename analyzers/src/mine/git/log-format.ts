import type { GitDate } from '../types.ts';

/**
 * `git log -z` output: each commit starts with \x01 and carries these NUL-terminated fields (commit
 * messages cannot contain NUL, so the fields are unambiguous), then the numstat entries.
 */
export const headerFields = ['sha', 'parents', 'an', 'ae', 'ad', 'cn', 'ce', 'cd', 's', 'b'] as const;

export const logFormat = '--format=%x01%H%x00%P%x00%an%x00%ae%x00%ad%x00%cn%x00%ce%x00%cd%x00%s%x00%b%x00';

export function logArgs(): string[] {
  return [
    'log',
    '--no-walk=unsorted',
    '--stdin',
    '--numstat',
    '-z',
    '--date=raw',
    '--encoding=UTF-8',
    '--no-ext-diff',
    '--no-textconv',
    '--no-color',
    logFormat,
  ];
}

/** Parses git's raw date (`1700000000 +0130`); git prints garbage for dates it could not parse. */
export function parseRawDate(raw: string): GitDate | null {
  const match = /^(\d+) ([+-])(\d\d)(\d\d)$/.exec(raw.trim());
  if (!match) return null;
  const epochSeconds = Number(match[1]);
  if (epochSeconds === 0 || !Number.isSafeInteger(epochSeconds)) return null;
  const sign = match[2] === '-' ? -1 : 1;
  return { epochSeconds, tzOffsetMinutes: sign * (Number(match[3]) * 60 + Number(match[4])) };
}
