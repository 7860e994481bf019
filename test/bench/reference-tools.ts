import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import sonarjs from 'eslint-plugin-sonarjs';

const run = promisify(execFile);

export const ecmascriptPath = (path: string) => /\.(ts|tsx|js|jsx|mjs|cjs|mts|cts)$/.test(path);

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
  const ecmascriptFiles = stdout.split('\n').filter(ecmascriptPath);
  return { dir, ecmascriptFiles };
}

export async function clocSeconds(dir: string): Promise<number> {
  const started = performance.now();
  await run('cloc', ['--json', '--quiet', dir], { maxBuffer: 2 ** 30 });
  return (performance.now() - started) / 1000;
}

/** ESLint with only the two complexity rules, over the same JS/TS files, in this process. */
export async function eslintRun(
  dir: string,
  files: string[],
): Promise<{ seconds: number; reports: number; fatal: number }> {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.{ts,tsx,js,jsx,mjs,cjs,mts,cts}'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { sonarjs },
        rules: { complexity: ['error', { max: 0 }], 'sonarjs/cognitive-complexity': ['error', 0] },
      },
    ],
  });
  const started = performance.now();
  const results = files.length > 0 ? await eslint.lintFiles(files) : [];
  const seconds = (performance.now() - started) / 1000;
  const reports = results.reduce((n, r) => n + r.messages.filter((m) => m.ruleId !== null).length, 0);
  const fatal = results.filter((r) => r.messages.some((m) => m.fatal)).length;
  return { seconds, reports, fatal };
}
