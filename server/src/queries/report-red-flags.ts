import { defineTable, text, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const reportRedFlag = defineTable({
  name: 'report_red_flag',
  doc: 'Query result: a red flag of one of the repos given, or deal-wide (`repo_id` NULL), most severe first.',
  key: ['repo_id', 'code', 'subject'],
  columns: {
    repo_id: text.nullable('Repo; NULL for a deal-wide flag.'),
    code: text.required('What was found.'),
    severity: text.required('`high`, `medium` or `low`.'),
    subject: text.required('A path or package; empty for the whole repo or deal.'),
    message: text.required('One sentence with the numbers.'),
  },
});

export const reportRedFlagsSql = `
SELECT repo_id, code, severity, subject, message FROM red_flags
WHERE repo_id IS NULL OR ${inRepoIds}
ORDER BY repo_id NULLS FIRST, CASE severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, code, subject`;

export function readReportRedFlags(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof reportRedFlag>[]> {
  return reader.rows(reportRedFlag, reportRedFlagsSql, repoIdsParam(repoIds));
}
