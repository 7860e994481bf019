import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import sonarjs from 'eslint-plugin-sonarjs';

const run = promisify(execFile);

export interface ExportedTree {
  dir: string;
  ecmascriptFiles: string[];
}

/** The tree at HEAD as plain files (git archive), for the reference tools that read folders. */
export async function exportTree(repoDir: string, dir: string): Promise<ExportedTree> {
  await mkdir(dir, { recursive: true });
  await run('sh', ['-c', `git -C "$1" archive HEAD | tar -x -C "$2"`, 'sh', repoDir, dir], {
    maxBuffer: 2 ** 30,
  });
  const { stdout } = await run('git', ['-C', repoDir, 'ls-tree', '-r', '--name-only', 'HEAD'], {
    maxBuffer: 2 ** 30,
  });
  const ecmascriptFiles = stdout.split('\n').filter((p) => /\.(ts|tsx|js|jsx|mjs|cjs|mts|cts)$/.test(p));
  return { dir, ecmascriptFiles };
}

export async function clocSeconds(dir: string): Promise<number> {
  const started = performance.now();
  await run('cloc', ['--json', '--quiet', dir], { maxBuffer: 2 ** 30 });
  return (performance.now() - started) / 1000;
}

/** ESLint with only the two complexity rules, over the same JS/TS files, in this process. */
export async function eslintSeconds(dir: string, files: string[]): Promise<number> {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { sonarjs },
        rules: { complexity: ['error', { max: 0 }], 'sonarjs/cognitive-complexity': ['error', 0] },
      },
    ],
  });
  const started = performance.now();
  await eslint.lintFiles(files.length > 0 ? files : ['__none__']).catch(() => []);
  return (performance.now() - started) / 1000;
}
