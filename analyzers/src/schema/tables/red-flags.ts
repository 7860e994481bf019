import { double, text, textList } from '../column.ts';
import { defineTable } from '../table.ts';

export const redFlags = defineTable({
  name: 'red_flags',
  doc: 'Findings a buyer should hear about, each with its documented threshold (docs/metrics.md, “Red flags”): one row per flag raised, per repo, and deal-wide (`repo_id` NULL, computed when the deal is opened). Generic on purpose: other analyses add their own codes.',
  key: ['repo_id', 'code', 'subject'],
  columns: {
    repo_id: text.nullable('Repo; NULL for a deal-wide flag.'),
    code: text.required(
      'What was found: `low-truck-factor`, `orphaned-code`, `untested-hotspots`, `complex-functions`, `dormant`, `shallow-history`, `imported-history`, `ai-assisted`, ...',
    ),
    severity: text.required('`high`, `medium` or `low`.'),
    subject: text.required(
      'What the flag is about beyond its repo: a path or a package; empty for the whole repo or deal.',
    ),
    message: text.required('One sentence with the numbers.'),
    value: double.nullable('The measured value the threshold was applied to.'),
    threshold: double.nullable('The threshold it crossed.'),
    paths: textList.required('Files that are evidence for the flag (may be empty).'),
    evidence: text.nullable('Other evidence: a commit id, a date, a list of names.'),
  },
});
