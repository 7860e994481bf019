import { availableParallelism } from 'node:os';
import { files, functions, imports } from '../schema/index.ts';
import type { MinedWarning } from '../mine/types.ts';
import type { RepoAccess } from '../repo-access/repo-access.ts';
import type { RepoDatabaseWriter } from '../store/index.ts';
import type { TreeEntry } from '../tree/list-tree.ts';
import { readPrelude, type Prelude } from './read-prelude.ts';
import { readBlobChunks } from './read-blob-chunks.ts';
import { MeasurePool } from './pool/measure-pool.ts';
import { treeOnlyRow } from './file-rows.ts';
import { FileMeasurer } from './file-measurer.ts';

export interface MeasureOptions {
  /** Files larger than this get lines only (no parse). */
  parseLimitBytes: number;
  /** Files larger than this are not read at all. */
  readLimitBytes: number;
  /** A file whose parse takes longer costs its worker and is marked unparseable. */
  timeLimitMs: number;
  workers: number;
}

export const defaultMeasureOptions: MeasureOptions = {
  parseLimitBytes: 2 * 2 ** 20,
  readLimitBytes: 64 * 2 ** 20,
  timeLimitMs: 15_000,
  workers: Math.max(1, Math.min(availableParallelism(), 4)),
};

const chunkLimits = { firstFiles: 128, files: 1024, bytes: 32 * 2 ** 20 };

export interface MeasureScope {
  writer: RepoDatabaseWriter;
  repoId: string;
  access: RepoAccess;
  entries: readonly TreeEntry[];
  warn: (warning: MinedWarning) => void;
}

/**
 * Writes a `files` row for every entry of the pinned tree, measuring each text file in a pool of
 * worker processes a chunk of blobs at a time, with its functions and (TS/JS) resolved imports.
 */
export async function measureTree(
  scope: MeasureScope,
  options: MeasureOptions = defaultMeasureOptions,
): Promise<void> {
  const [pool, prelude] = await startPoolDuringPrelude(scope, options);
  try {
    const fileRows = await scope.writer.appender(files);
    const measurer = new FileMeasurer(scope, prelude, pool, options, {
      files: fileRows,
      functions: await scope.writer.appender(functions),
      imports: await scope.writer.appender(imports),
    });
    const readable: TreeEntry[] = [];
    for (const entry of scope.entries) {
      if (entry.kind === 'symlink')
        fileRows.append(treeOnlyRow(scope.repoId, entry, 'not-read', prelude.symlinkTarget(entry)));
      else if (entry.kind === 'submodule') fileRows.append(treeOnlyRow(scope.repoId, entry, 'not-read'));
      else if ((entry.size ?? 0) > options.readLimitBytes)
        fileRows.append(treeOnlyRow(scope.repoId, entry, 'too-large'));
      else readable.push(entry);
    }
    await measureAll(measurer, readBlobChunks(scope.access, readable, chunkLimits), options.workers * 16);
  } finally {
    pool.close();
  }
}

/** Workers start while the prelude is read: their start-up is the longest wait of a small tree. */
async function startPoolDuringPrelude(
  scope: MeasureScope,
  options: MeasureOptions,
): Promise<[MeasurePool, Prelude]> {
  const starting = MeasurePool.start(options.workers, options.timeLimitMs);
  try {
    return await Promise.all([starting, readPrelude(scope.access, scope.entries)]);
  } catch (error) {
    (await starting.catch(() => null))?.close();
    throw error;
  }
}

/**
 * Keeps every worker busy: the next chunk of blobs is read while this one is measured, and files
 * are handed to the pool as they come, at most `window` at a time so memory stays bounded.
 */
async function measureAll(
  measurer: FileMeasurer,
  chunks: AsyncGenerator<Array<[TreeEntry, Buffer | null]>>,
  window: number,
) {
  const inFlight = new Set<Promise<void>>();
  for await (const chunk of prefetched(chunks)) {
    for (const [entry, blob] of chunk) {
      const job: Promise<void> = measurer.measure(entry, blob).finally(() => inFlight.delete(job));
      inFlight.add(job);
      if (inFlight.size >= window) await Promise.race(inFlight);
    }
  }
  await Promise.all(inFlight);
}

/** Starts reading the next item before the current one is handed out. */
async function* prefetched<T>(source: AsyncGenerator<T>): AsyncGenerator<T> {
  let next = source.next();
  for (;;) {
    const current = await next;
    if (current.done) return;
    next = source.next();
    yield current.value;
  }
}
