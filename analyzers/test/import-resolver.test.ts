import { describe, expect, it } from 'vitest';
import { measureEcmascript } from '../src/measure/complexity/ecmascript/index.ts';
import { ImportResolver } from '../src/measure/imports/import-resolver.ts';

const texts = new Map([
  [
    'tsconfig.json',
    JSON.stringify({ extends: './tsconfig.base.json', compilerOptions: { paths: { '@app/*': ['src/*'] } } }),
  ],
  [
    'tsconfig.base.json',
    '{ "compilerOptions": { "baseUrl": ".", "module": "esnext", "moduleResolution": "bundler" } }',
  ],
  ['package.json', '{ "name": "root" }'],
  [
    'packages/shared/package.json',
    JSON.stringify({
      name: '@acme/shared',
      exports: { '.': './src/main.ts', './feature': './src/feature.ts' },
    }),
  ],
  ['legacy/tsconfig.json', '{ "compilerOptions": { "moduleResolution": "node10" } }'],
]);
const paths = new Set([
  ...texts.keys(),
  'src/index.ts',
  'src/util/math.ts',
  'src/util/index.ts',
  'src/data.json',
  'src/legacy.js',
  'packages/shared/src/main.ts',
  'packages/shared/src/feature.ts',
  'legacy/a.js',
  'legacy/b.js',
]);

describe('ImportResolver: as TypeScript resolves, from the tree alone', () => {
  const resolver = new ImportResolver(paths, texts);
  const from = (path: string, specifier: string) => resolver.resolve(path, specifier);

  it.each([
    ['./util/math', 'src/util/math.ts'],
    ['./util', 'src/util/index.ts'],
    ['@app/util/math', 'src/util/math.ts'],
    ['./data.json', 'src/data.json'],
    ['./legacy.js', 'src/legacy.js'],
    ['@acme/shared', 'packages/shared/src/main.ts'],
    ['@acme/shared/feature', 'packages/shared/src/feature.ts'],
  ])('%s -> the file %s', (specifier, target) => {
    expect(from('src/index.ts', specifier)).toEqual({ kind: 'file', targetPath: target, packageName: null });
  });

  it('names external packages, built-ins, and what does not resolve', () => {
    expect(from('src/index.ts', 'react')).toEqual({
      kind: 'package',
      targetPath: null,
      packageName: 'react',
    });
    expect(from('src/index.ts', 'lodash/fp')).toMatchObject({ kind: 'package', packageName: 'lodash' });
    expect(from('src/index.ts', '@scope/pkg/deep/x')).toMatchObject({
      kind: 'package',
      packageName: '@scope/pkg',
    });
    expect(from('src/index.ts', 'node:fs')).toMatchObject({ kind: 'builtin' });
    expect(from('src/index.ts', 'path')).toMatchObject({ kind: 'builtin' });
    expect(from('src/index.ts', './missing')).toEqual({
      kind: 'unresolved',
      targetPath: null,
      packageName: null,
    });
  });

  it('uses the nearest tsconfig: node10 resolution in legacy/', () => {
    expect(from('legacy/a.js', './b')).toMatchObject({ kind: 'file', targetPath: 'legacy/b.js' });
  });
});

describe('import specifiers, from the same parse as complexity', () => {
  it('finds imports, re-exports, require and import() with their lines, type-only marked', () => {
    const text = [
      "import type { A } from './types';",
      "import { b } from './b';",
      "export { c } from './c';",
      "export type { D } from './d';",
      'const e = require("e");',
      "const f = await import('./f');",
      '// import x from "not-me";',
    ].join('\n');
    expect(measureEcmascript(text, 'TypeScript', 'x.ts').imports).toEqual([
      { specifier: './types', line: 1, typeOnly: true },
      { specifier: './b', line: 2, typeOnly: false },
      { specifier: './c', line: 3, typeOnly: false },
      { specifier: './d', line: 4, typeOnly: true },
      { specifier: 'e', line: 5, typeOnly: false },
      { specifier: './f', line: 6, typeOnly: false },
    ]);
  });
});
