import { text } from '../column.ts';
import { defineTable } from '../table.ts';

export const licenseFindings = defineTable({
  name: 'license_findings',
  doc: 'Copyleft licenses found in the repo (its own, in license files, vendored code or dependencies) and unknown licenses of vendored code: the findings a reviewer must look at, with where they come from.',
  key: ['repo_id', 'code', 'path', 'component', 'license_id'],
  columns: {
    repo_id: text.required('Repo of the finding.'),
    code: text.required(
      '`copyleft-dependency`, `copyleft-vendored`, `copyleft-license-file`, `copyleft-own-license`, or `unknown-vendored-license`.',
    ),
    severity: text.required('`high`, `medium` or `low` (docs/metrics.md, "License findings").'),
    license_id: text.nullable('SPDX id or expression; NULL when unknown.'),
    license_class: text.required('Class of the license.'),
    path: text.required('Where it comes from: the license file, manifest, lock file or vendored file.'),
    component: text.required('The package, vendored folder or folder the license covers.'),
    message: text.required('One line a reviewer can act on.'),
  },
});
