import { dependency, type DependencyScope, type FoundDependency, type ManifestFormat } from '../types.ts';
import { basename } from './path-parts.ts';
import { isObject, objectAt, stringAt } from './json-object.ts';
import { parseRequirement } from './pep508.ts';
import { parseTomlObject } from './toml-document.ts';

/**
 * `pyproject.toml`: PEP 621 `[project]` dependencies (runtime) and optional-dependencies
 * (optional), PEP 735 `[dependency-groups]` (dev), and Poetry's `[tool.poetry]` tables.
 */
export const pyproject: ManifestFormat = {
  ecosystem: 'pypi',
  kind: 'manifest',
  matches: (path) => basename(path) === 'pyproject.toml',
  parse(text) {
    const doc = parseTomlObject(text);
    const project = objectAt(doc, 'project');
    const poetry = objectAt(objectAt(doc, 'tool'), 'poetry');
    const found = new Map<string, FoundDependency>();
    const add = (d: FoundDependency) => found.has(d.name) || found.set(d.name, d);
    fromList(project.dependencies, 'runtime').forEach(add);
    Object.values(objectAt(project, 'optional-dependencies')).forEach((l) =>
      fromList(l, 'optional').forEach(add),
    );
    Object.values(objectAt(doc, 'dependency-groups')).forEach((l) => fromList(l, 'dev').forEach(add));
    fromPoetry(objectAt(poetry, 'dependencies'), 'runtime').forEach(add);
    fromPoetry(objectAt(poetry, 'dev-dependencies'), 'dev').forEach(add);
    for (const group of Object.values(objectAt(poetry, 'group')))
      fromPoetry(objectAt(group, 'dependencies'), 'dev').forEach(add);
    const license =
      stringAt(project, 'license') ?? stringAt(project.license, 'text') ?? stringAt(poetry, 'license');
    return { dependencies: [...found.values()], projectLicense: license };
  },
};

function fromList(list: unknown, scope: DependencyScope): FoundDependency[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const req = typeof item === 'string' ? parseRequirement(item) : null;
    if (!req) return [];
    const version = req.pinned ?? req.specifier;
    return [dependency({ name: req.name, version, resolved: req.pinned !== null, direct: true, scope })];
  });
}

/** Poetry: `name = "^1.2"` or `name = { version = "^1.2", optional = true }`; `python` is not a package. */
function fromPoetry(table: Record<string, unknown>, scope: DependencyScope): FoundDependency[] {
  return Object.entries(table)
    .filter(([name]) => name.toLowerCase() !== 'python')
    .map(([name, spec]) => {
      const version = typeof spec === 'string' ? spec : stringAt(spec, 'version');
      const optional = isObject(spec) && spec.optional === true;
      return dependency({ name, version, direct: true, scope: optional ? 'optional' : scope });
    });
}
