import { bool, text } from '../column.ts';
import { defineTable } from '../table.ts';

export const dependencies = defineTable({
  name: 'dependencies',
  doc: 'Third-party packages the repo depends on, read from the manifests and lock files anywhere in the tree of the pinned commit (docs/metrics.md, "Dependencies and licenses").',
  key: ['repo_id', 'manifest_path', 'ecosystem', 'name', 'version'],
  columns: {
    repo_id: text.required('Repo the dependency belongs to.'),
    ecosystem: text.required(
      'Package ecosystem, as package URLs name it: `npm`, `pypi`, `golang`, `maven`, `cargo`, `gem`, `composer` or `nuget`.',
    ),
    name: text.required(
      'Package name (`@scope/name` for npm, `group:artifact` for Maven, the module path for Go).',
    ),
    version: text.nullable(
      'The version a lock file resolved, else the range the manifest declares (`^1.2.0`); NULL when none is declared.',
    ),
    is_resolved: bool.required(
      'True when `version` is one exact resolved version (from a lock file or an exact pin).',
    ),
    is_direct: bool.required(
      'True when the project declares it; false when only something else needs it (transitive).',
    ),
    scope: text.required('`runtime`, `dev` (tests, builds, tooling) or `optional`.'),
    manifest_path: text.required('The manifest or lock file the row was read from.'),
    purl: text.required('Package URL (purl-spec); with a version only when the version is resolved.'),
    license: text.nullable(
      'License the manifest or lock file declares for the package (e.g. package-lock v2+, composer.lock); NULL when none carries it.',
    ),
    license_class: text.nullable(
      'Class of `license` (docs/metrics.md, "License classes"); NULL when no license is declared.',
    ),
  },
});
