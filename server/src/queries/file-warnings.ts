import { analysisWarnings, defineTable } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';
import { omitColumns } from './omit-columns.ts';

const columns = omitColumns(analysisWarnings.columns, 'repo_id', 'path');

export const fileWarningRow = defineTable({
  name: 'file_warning',
  doc: 'An analysis warning about one file (`analysis_warnings`).',
  key: ['kind'],
  columns,
});

export const fileWarningsQuery = defineQuery<typeof fileWarningRow, { repo: string; path: string }>(
  fileWarningRow,
  `SELECT kind, sha, message FROM analysis_warnings WHERE repo_id = $repo AND path = $path ORDER BY kind, sha`,
);
