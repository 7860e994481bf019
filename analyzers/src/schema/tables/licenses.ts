import { double, text } from '../column.ts';
import { defineTable } from '../table.ts';

export const licenses = defineTable({
  name: 'licenses',
  doc: 'Licenses found in the repo: its own license, every license file of the tree identified against the SPDX license list, licenses declared in manifests for the project and its dependencies, and those of vendored third-party code.',
  key: ['repo_id', 'path', 'component', 'license_id'],
  columns: {
    repo_id: text.required('Repo the license was found in.'),
    path: text.required('File it was read from (license file, manifest, lock file or vendored source file).'),
    origin: text.required(
      '`repo` (the root license file), `license-file` (one deeper in the tree), `project` (declared by a manifest for the project itself), `dependency` (declared for a dependency), `vendored` (license file or SPDX header of vendored code).',
    ),
    component: text.required(
      'What the license covers: the folder of a license file (`` at the root), the package, or the vendored folder.',
    ),
    license_id: text.nullable(
      'SPDX license id or expression; NULL when the text matches no SPDX license (unknown, never guessed).',
    ),
    method: text.required(
      '`text-match` (the file’s text against the SPDX texts), `declared` (a manifest field), `spdx-header` (an `SPDX-License-Identifier` line), `none` (vendored code with no license found).',
    ),
    score: double.nullable(
      'Similarity (Sørensen–Dice over word bigrams of the normalised texts, 0 to 1) of a text match.',
    ),
    closest_id: text.nullable(
      'For a text match, the SPDX license whose text is closest, even below the threshold.',
    ),
    license_class: text.required(
      '`permissive`, `weak-copyleft`, `strong-copyleft`, `network-copyleft` or `unknown` (docs/metrics.md, "License classes").',
    ),
  },
});
