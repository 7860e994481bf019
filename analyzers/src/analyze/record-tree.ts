import { files, type RowOf } from '../schema/index.ts';
import type { RepoDatabaseWriter } from '../store/index.ts';
import type { MinedWarning } from '../mine/types.ts';
import type { RepoAccess } from '../repo-access/repo-access.ts';
import type { TreeEntry } from '../tree/list-tree.ts';

export interface RecordedTree {
  fileCount: number;
  /** The pinned commit's root `.mailmap`, when it is a regular file. */
  mailmapText: string;
  warnings: MinedWarning[];
}

/** Writes the `files` rows of the pinned tree; reads symlink targets as text, never following them. */
export async function recordTree(
  writer: RepoDatabaseWriter,
  repoId: string,
  access: RepoAccess,
  sha: string,
): Promise<RecordedTree> {
  const warnings: MinedWarning[] = [];
  const pending: TreeEntry[] = [];
  let mailmapId: string | null = null;
  let fileCount = 0;
  const out = await writer.appender(files);
  await access.listTree(sha, (entry) => {
    fileCount += 1;
    if (entry.kind === 'symlink') return void pending.push(entry);
    if (entry.path === '.mailmap' && entry.kind === 'file') mailmapId = entry.objectId;
    out.append(fileRow(repoId, entry, null));
  });
  const blobs = await access.readBlobs([
    ...pending.map((e) => e.objectId),
    ...(mailmapId ? [mailmapId] : []),
  ]);
  for (const entry of pending) {
    const target = blobs.get(entry.objectId) ?? null;
    if (target === null)
      warnings.push({ kind: 'missing-object', sha, path: entry.path, message: 'symlink target unreadable' });
    out.append(fileRow(repoId, entry, target?.toString('utf8') ?? null));
  }
  const mailmap = mailmapId ? (blobs.get(mailmapId) ?? null) : null;
  return { fileCount, mailmapText: mailmap?.toString('utf8') ?? '', warnings };
}

function fileRow(repoId: string, entry: TreeEntry, symlinkTarget: string | null): RowOf<typeof files> {
  return {
    repo_id: repoId,
    path: entry.path,
    kind: entry.kind,
    mode: entry.mode,
    object_id: entry.objectId,
    size: entry.size,
    symlink_target: symlinkTarget,
  };
}
