import type { Scenario } from '@diligent/fixtures';

export const scriptName = '<script>alert(1)</script>';
export const formulaPath = '=cmd|calc.ts';
export const imagePath = 'src/<img src=x onerror=alert(2)>.ts';

const versions = [1, 2, 3, 4, 5, 6].map((n) => `export const value = ${n};\n`);

/**
 * A repository written to break reports: a path that a spreadsheet reads as a formula, a path
 * holding an image tag, Markdown syntax in names and messages. Git refuses `<` and `>` in a
 * name, so the script-tag name comes from the identities file (`hostileIdentities`), which renames
 * people freely.
 */
export const hostile: Scenario = {
  name: 'hostile',
  authors: {
    evil: { name: 'Evil', email: 'evil@hostile.example' },
    plain: { name: 'Plain | *Person*', email: 'plain@hostile.example' },
  },
  commits: [
    {
      id: 'init',
      author: 'evil',
      at: '2025-01-06T10:00:00+00:00',
      message: '| **bold** [link](javascript:alert(3))',
      changes: [
        { write: formulaPath, content: versions[0] ?? '' },
        { write: imagePath, content: 'export const image = 1;\n' },
        { write: 'src/plain.ts', content: 'export const plain = 1;\n' },
      ],
    },
    ...versions.slice(1).map((content, i) => ({
      id: `edit-${i}`,
      author: 'evil',
      at: `2025-0${i + 2}-03T10:00:00+00:00`,
      message: `Edit ${i}`,
      changes: [
        { write: formulaPath, content },
        { write: imagePath, content },
      ],
    })),
    {
      id: 'plain',
      author: 'plain',
      at: '2025-08-01T10:00:00+00:00',
      message: 'Plain change',
      changes: [{ write: 'src/plain.ts', content: 'export const plain = 2;\n' }],
    },
  ],
};

export const hostileIdentities = {
  merge: [],
  split: [],
  rename: { 'evil@hostile.example': scriptName },
  bots: [],
  humans: [],
};
