import { spawnGit } from '../git/run-git.ts';
import { GitFailedError } from '../errors.ts';

export interface TreeEntry {
  path: string;
  mode: string;
  kind: 'file' | 'executable' | 'symlink' | 'submodule';
  objectId: string;
  size: number | null;
}

export const kindOfMode: Record<string, TreeEntry['kind']> = {
  '100644': 'file',
  '100755': 'executable',
  '120000': 'symlink',
  '160000': 'submodule',
};

/** Streams every entry of the pinned commit's tree (`git ls-tree -r -l -z`) to `onEntry`. */
export function listTree(gitDir: string, sha: string, onEntry: (entry: TreeEntry) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(gitDir, ['ls-tree', '-r', '-l', '-z', '--full-tree', sha]);
    let carry = '';
    const stderr: string[] = [];
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      const records = (carry + text).split('\0');
      carry = records.pop() ?? '';
      try {
        for (const record of records) onEntry(parseEntry(record));
      } catch (error) {
        child.kill();
        reject(error);
      }
    });
    child.stderr.on('data', (b: Buffer) => stderr.push(b.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new GitFailedError('git ls-tree', stderr.join(''))),
    );
    child.stdin.end();
  });
}

function parseEntry(record: string): TreeEntry {
  const tab = record.indexOf('\t');
  const [mode = '', , objectId = '', size = '-'] = record.slice(0, tab).split(/ +/);
  const path = record.slice(tab + 1);
  // `-` for submodules; a blob git cannot read has no size either.
  const bytes = /^\d+$/.test(size) ? Number(size) : null;
  return { path, mode, kind: kindOfMode[mode] ?? 'file', objectId, size: bytes };
}
