import { runGitRaw } from '@diligent/fixtures';

export interface NumstatRow {
  sha: string;
  path: string;
  old_path: string | null;
  added: number | null;
  deleted: number | null;
  is_binary: boolean;
}

/**
 * What plain `git log --numstat` prints in the work tree, parsed independently of the analyzer's
 * own parser (a differential test must not share the code it checks).
 */
export async function plainGitNumstat(workTree: string): Promise<NumstatRow[]> {
  const out = await runGitRaw(['log', '--numstat', '-z', '--format=%x01%H'], { cwd: workTree });
  const rows: NumstatRow[] = [];
  for (const record of out.toString('utf8').split('\x01').slice(1)) {
    const [sha = '', ...rest] = record.split('\0');
    const tokens = rest.map((t) => t.replace(/^\n/, '')).filter((t) => t !== '');
    for (let i = 0; i < tokens.length; i += 1) {
      const [added = '', deleted = '', path = ''] = (tokens[i] ?? '').split('\t');
      const renamed = path === '';
      const row = {
        sha,
        path: renamed ? (tokens[i + 2] ?? '') : (tokens[i] ?? '').split('\t').slice(2).join('\t'),
        old_path: renamed ? (tokens[i + 1] ?? '') : null,
        added: added === '-' ? null : Number(added),
        deleted: deleted === '-' ? null : Number(deleted),
        is_binary: added === '-',
      };
      rows.push(row);
      if (renamed) i += 2;
    }
  }
  return sortRows(rows);
}

export function sortRows<T extends { sha: string; path: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => (a.sha + '\0' + a.path < b.sha + '\0' + b.path ? -1 : 1));
}
