import { defineTable, licenseFindings } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';
import { omitColumns } from './omit-columns.ts';

export const licenseFindingRow = defineTable({
  name: 'license_finding',
  doc: 'A copyleft or unknown license found in the repo, with where it comes from (`license_findings`).',
  key: ['code', 'path', 'component', 'license_id'],
  columns: omitColumns(licenseFindings.columns, 'repo_id'),
});

export const repoLicenseFindingsQuery = defineQuery<typeof licenseFindingRow, { repo: string }>(
  licenseFindingRow,
  `
SELECT * EXCLUDE (repo_id) FROM license_findings WHERE repo_id = $repo
ORDER BY CASE severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, code, path, component`,
);
