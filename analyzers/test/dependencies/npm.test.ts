import { describe, expect, it } from 'vitest';
import { compact, inventoryOf, malformedReason, parseAs } from './support/manifest-fixtures.ts';

describe('npm manifests and lock files', () => {
  it('reads package.json sections, skipping workspace links and peers', () => {
    const parsed = parseAs('package.json', 'npm/package.json');
    expect(parsed.projectLicense).toBe('MIT');
    expect(compact(parsed.dependencies)).toEqual([
      'express ^4.18.0 declared direct runtime',
      'fsevents ^2.3.0 declared direct optional',
      'vitest ^1.0.0 declared direct dev',
    ]);
  });

  it('reads package-lock v3 packages with licenses, direct from the root entry, skipping links', () => {
    expect(compact(parseAs('package-lock.json', 'npm/package-lock-v3.json').dependencies)).toEqual([
      'express 4.18.2 resolved direct runtime MIT',
      'accepts 1.3.8 resolved transitive runtime MIT',
      'vitest 1.0.4 resolved direct dev MIT',
      'fsevents 2.3.3 resolved direct optional MIT',
      'debug 2.6.9 resolved transitive runtime MIT',
      'readline-gpl 0.2.0 resolved transitive runtime GPL-3.0-only',
    ]);
  });

  it('reads package-lock v1 nested dependencies; top-level ones are left to the manifest', () => {
    expect(compact(parseAs('package-lock.json', 'npm/package-lock-v1.json').dependencies)).toEqual([
      'express 4.18.2 resolved ? runtime',
      'debug 2.6.9 resolved transitive runtime',
      'accepts 1.3.8 resolved ? runtime',
      'vitest 1.0.4 resolved ? dev',
    ]);
  });

  it('reads pnpm-lock v9 importers and walks snapshots for the scope of transitive packages', () => {
    expect(compact(parseAs('pnpm-lock.yaml', 'npm/pnpm-lock-v9.yaml').dependencies)).toEqual([
      '@types/node 20.11.0 resolved transitive dev',
      'accepts 1.3.8 resolved transitive runtime',
      'express 4.18.2 resolved direct runtime',
      'react 18.2.0 resolved direct runtime',
      'vitest 1.0.4 resolved direct dev',
    ]);
  });

  it.each([['npm/pnpm-lock-v6.yaml'], ['npm/pnpm-lock-v5.yaml']])(
    'reads %s keys and dev flags',
    (fixture) => {
      expect(compact(parseAs('pnpm-lock.yaml', fixture).dependencies)).toEqual([
        '@types/node 20.11.0 resolved transitive dev',
        'accepts 1.3.8 resolved transitive runtime',
        'express 4.18.2 resolved direct runtime',
        'vitest 1.0.4 resolved direct dev',
      ]);
    },
  );

  it('reads yarn.lock classic, one row per resolved version', () => {
    expect(compact(parseAs('yarn.lock', 'npm/yarn-classic.lock').dependencies)).toEqual([
      '@types/node 20.11.0 resolved ? ?',
      'accepts 1.3.8 resolved ? ?',
      'express 4.18.2 resolved ? ?',
      'vitest 1.0.4 resolved ? ?',
    ]);
  });

  it('reads yarn.lock berry, skipping the workspace itself', () => {
    expect(compact(parseAs('yarn.lock', 'npm/yarn-berry.lock').dependencies)).toEqual([
      '@types/node 20.11.0 resolved ? ?',
      'accepts 1.3.8 resolved ? ?',
      'express 4.18.2 resolved ? ?',
    ]);
  });

  it('merges package.json with its lock: the lock resolves, the manifest says direct and scope', () => {
    expect(inventoryOf({ 'package.json': 'npm/package.json', 'yarn.lock': 'npm/yarn-berry.lock' })).toEqual([
      'package.json npm fsevents ^2.3.0 direct optional pkg:npm/fsevents',
      'package.json npm vitest ^1.0.0 direct dev pkg:npm/vitest',
      'yarn.lock npm @types/node 20.11.0 transitive runtime pkg:npm/%40types/node@20.11.0',
      'yarn.lock npm accepts 1.3.8 transitive runtime pkg:npm/accepts@1.3.8',
      'yarn.lock npm express 4.18.2 direct runtime pkg:npm/express@4.18.2',
    ]);
  });

  it('rejects malformed files with a one-line reason', () => {
    expect(malformedReason('package.json', 'npm/malformed-package.json')).toMatch(/^not valid JSON: /);
    expect(malformedReason('pnpm-lock.yaml', 'npm/malformed-pnpm-lock.yaml')).toMatch(/^not valid YAML: /);
    expect(malformedReason('yarn.lock', 'npm/malformed-yarn.lock')).toBe(
      'not a valid yarn.lock: Invalid value type 4:0 in lockfile',
    );
  });
});
