import { describe, expect, it } from 'vitest';
import { ReportPathMapper } from '../../src/test-coverage/reports/report-path-mapper.ts';

const tree = [
  'src/app/cart.ts',
  'src/app/index.ts',
  'lib/index.ts',
  'packages/web/src/main.ts',
  'services/api/src/main/java/com/acme/Cart.java',
  'cmd/tool/main.go',
];

describe('report path mapping (longest suffix)', () => {
  const mapper = new ReportPathMapper(tree);
  const map = (path: string, directory: string | null = null) => mapper.map(path, directory);

  it.each([
    ['src/app/cart.ts', 'src/app/cart.ts'],
    ['/home/ci/work/repo/src/app/cart.ts', 'src/app/cart.ts'],
    ['C:\\agent\\_work\\1\\s\\src\\app\\cart.ts', 'src/app/cart.ts'],
    ['file:///build/src/app/index.ts', 'src/app/index.ts'],
    ['./lib/../lib/index.ts', 'lib/index.ts'],
    ['app/index.ts', 'src/app/index.ts'],
    ['com/acme/Cart.java', 'services/api/src/main/java/com/acme/Cart.java'],
    ['github.com/acme/repo/cmd/tool/main.go', 'cmd/tool/main.go'],
  ])('%s → %s', (reportPath, repoPath) => {
    expect(map(reportPath)).toEqual({ kind: 'mapped', path: repoPath });
  });

  it('lists what matches no file, or several equally well', () => {
    expect(map('/ci/src/app/gone.ts')).toEqual({ kind: 'not-in-tree' });
    expect(map('other/cart.ts')).toEqual({ kind: 'not-in-tree' });
    expect(map('index.ts')).toEqual({ kind: 'ambiguous', candidates: 2 });
  });

  it('tries a committed report’s own folders first for relative paths', () => {
    expect(map('src/main.ts', 'packages/web/coverage')).toEqual({
      kind: 'mapped',
      path: 'packages/web/src/main.ts',
    });
    expect(map('index.ts', 'lib')).toEqual({ kind: 'mapped', path: 'lib/index.ts' });
  });
});
