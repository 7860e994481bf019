import type { GitDate, RawIdentity } from '../types.ts';

export interface ParsedIdentity {
  identity: RawIdentity;
  date: GitDate | null;
}

/** Git's isspace(): space, tab, LF and CR only. */
const gitSpace = /[ \t\n\r]/;

/**
 * Splits `Name <email> 1700000000 +0130` as git's split_ident_line() does, so `%an`/`%ae` agree
 * with git on broken lines too: the name is everything before `<` (trailing spaces dropped), the
 * email runs to the first `>`, and the date follows the last `>`. A line without `<...>` yields
 * empty strings, as git prints nothing for it.
 */
export function parseIdentityLine(line: string | null): ParsedIdentity {
  const lt = line?.indexOf('<') ?? -1;
  const gt = line === null || lt === -1 ? -1 : line.indexOf('>', lt + 1);
  if (line === null || gt === -1) return { identity: { name: '', email: '' }, date: null };
  const identity = { name: trimEndGitSpace(line.slice(0, lt)), email: line.slice(lt + 1, gt) };
  return { identity, date: parseDateAfter(line.slice(line.lastIndexOf('>') + 1)) };
}

function trimEndGitSpace(text: string): string {
  let end = text.length;
  while (end > 0 && gitSpace.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

/**
 * Git needs both an epoch and a zone, else it prints `0 +0000`; it reads the zone as an integer and
 * prints it with `%+05d`. The git-binary miner reads that print, so we reproduce it: `+130` is
 * +01:30, a zone of five or more digits is no date, an epoch of 0 is no date.
 */
function parseDateAfter(rest: string): GitDate | null {
  const match = /^[ \t\n\r]*(\d+)[ \t\n\r]*([+-])(\d+)/.exec(rest);
  if (!match) return null;
  const [, epochText = '', sign, zoneText = ''] = match;
  const epochSeconds = Number(epochText);
  const zone = zoneAsGitPrintsIt(Number(zoneText));
  if (!Number.isSafeInteger(epochSeconds) || epochSeconds === 0 || zone === null) return null;
  const minutes = Math.floor(zone / 100) * 60 + (zone % 100);
  return { epochSeconds, tzOffsetMinutes: sign === '-' && minutes !== 0 ? -minutes : minutes };
}

/** Git's strtol() clamps huge zones, which it then replaces by 0; five digits print unparseably. */
function zoneAsGitPrintsIt(zone: number): number | null {
  if (zone >= 2 ** 31 - 1) return 0;
  return zone >= 10000 ? null : zone;
}
