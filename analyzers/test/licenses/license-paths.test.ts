import { describe, expect, it } from 'vitest';
import { isLicenseFile } from '../../src/licenses/license-file-names.ts';
import { spdxHeaderOf } from '../../src/licenses/spdx-header.ts';
import { vendoredComponentOf } from '../../src/licenses/vendored-components.ts';

describe('license files, vendored components and SPDX headers', () => {
  it('knows license files by name', () => {
    const paths = [
      'LICENSE',
      'LICENSE.md',
      'a/LICENCE.txt',
      'COPYING',
      'COPYING.LESSER',
      'LICENSE-MIT',
      'UNLICENSE',
    ];
    expect(paths.filter(isLicenseFile)).toEqual(paths);
    expect(
      ['NOTICE', 'license.json', 'src/license.ts', 'LICENSES.md.bak/x', 'docs/licensing.md'].filter(
        isLicenseFile,
      ),
    ).toEqual([]);
  });

  it('names the vendored component of a file', () => {
    expect(vendoredComponentOf('vendor/zlib/src/inflate.c')).toBe('vendor/zlib');
    expect(vendoredComponentOf('web/node_modules/@scope/pkg/index.js')).toBe('web/node_modules/@scope/pkg');
    expect(vendoredComponentOf('third_party/a/third_party/b/x.h')).toBe('third_party/a/third_party/b');
    expect(vendoredComponentOf('vendor/jquery.js')).toBe('vendor/jquery.js');
    expect(vendoredComponentOf('public/js/jquery.min.js')).toBe('public/js/jquery.min.js');
  });

  it('reads SPDX-License-Identifier lines, without the comment closer', () => {
    expect(spdxHeaderOf('/* SPDX-License-Identifier: GPL-2.0-only */\nint x;')).toBe('GPL-2.0-only');
    expect(spdxHeaderOf('// SPDX-License-Identifier: MIT OR Apache-2.0\n')).toBe('MIT OR Apache-2.0');
    expect(spdxHeaderOf('int x;\n')).toBeNull();
  });
});
