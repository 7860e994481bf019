import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { RepoAccess } from '../../repo-access/repo-access.ts';
import { bufferText, fileText } from '../parse/report-text.ts';
import type { ReportText } from '../parse/report-file.ts';
import type { CommittedReport } from './committed-reports.ts';
import { lastChangeOf } from './last-change.ts';

/** A report to read, wherever it comes from. */
export interface ReportInput {
  source: string;
  origin: 'committed' | 'cli';
  fileName: string;
  /** The report's folder in the tree, for relative paths; null for `--coverage` files. */
  directory: string | null;
  reportTime: Date | null;
  generic: boolean;
  /** Its text, or why it cannot be read. */
  open(): Promise<ReportText | { status: 'too-large' | 'unreadable'; message: string }>;
}

/** Committed reports are read whole from the object database, so they have a size limit. */
export const committedReportLimitBytes = 256 * 2 ** 20;

export async function committedInput(
  report: CommittedReport,
  access: RepoAccess,
  connection: DuckDBConnection,
): Promise<ReportInput> {
  const { entry } = report;
  const slash = entry.path.lastIndexOf('/');
  return {
    source: entry.path,
    origin: 'committed',
    fileName: entry.path.slice(slash + 1),
    directory: slash === -1 ? '' : entry.path.slice(0, slash),
    reportTime: await lastChangeOf(connection, entry.path),
    generic: report.generic,
    open: async () => {
      if ((entry.size ?? 0) > committedReportLimitBytes)
        return {
          status: 'too-large',
          message: `over ${committedReportLimitBytes / 2 ** 20} MB; pass it with --coverage`,
        };
      const blob = (await access.readBlobs([entry.objectId])).get(entry.objectId) ?? null;
      return blob === null ? { status: 'unreadable', message: 'the blob is missing' } : bufferText(blob);
    },
  };
}

/** A `--coverage FILE`: made at `time` when given, else at the file's modification time. */
export async function cliInput(path: string, time: Date | undefined): Promise<ReportInput> {
  const modified = await stat(path).then(
    (s) => s.mtime,
    () => null,
  );
  return {
    source: path,
    origin: 'cli',
    fileName: basename(path),
    directory: null,
    reportTime: time ?? modified,
    generic: false,
    open: async () =>
      modified === null ? { status: 'unreadable', message: 'cannot read the file' } : fileText(path),
  };
}
