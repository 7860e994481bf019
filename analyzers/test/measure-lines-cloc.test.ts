/**
 * The acceptance test for line counting: for every file of corpus/lines, the language and the
 * code/comment/blank numbers must equal what `cloc --json --by-file` (Debian cloc 1.96, a system
 * dependency: `pnpm system-deps`) prints for a copy of the folder. Any difference fails.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectLanguage } from '../src/measure/language/index.ts';
import { classifyLines, countLines } from '../src/measure/lines/index.ts';
import { LineKind, type LineCounts } from '../src/measure/types.ts';

const corpus = join(import.meta.dirname, 'corpus', 'lines');

interface ClocFile extends LineCounts {
  language: string;
}

function isClocFile(value: unknown): value is ClocFile {
  return typeof value === 'object' && value !== null && 'language' in value && 'code' in value;
}

async function runCloc(dir: string): Promise<Map<string, ClocFile>> {
  const args = ['--json', '--by-file', '--skip-uniqueness', '--quiet', '.'];
  const { stdout } = await promisify(execFile)('cloc', args, { cwd: dir, maxBuffer: 1 << 26 });
  const files = new Map<string, ClocFile>();
  const parsed: unknown = JSON.parse(stdout);
  for (const [key, value] of Object.entries(typeof parsed === 'object' && parsed !== null ? parsed : {})) {
    if (isClocFile(value)) files.set(key.replace(/^\.\//, ''), value);
  }
  return files;
}

function kindCounts(kinds: Uint8Array): LineCounts {
  const counts = { code: 0, comment: 0, blank: 0 };
  for (const kind of kinds) {
    if (kind === LineKind.Code) counts.code += 1;
    else if (kind === LineKind.Comment) counts.comment += 1;
    else counts.blank += 1;
  }
  return counts;
}

describe('line counts equal cloc 1.96, file by file (corpus/lines)', () => {
  let work = '';
  let cloc = new Map<string, ClocFile>();
  const names: string[] = [];

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'diligent-cloc-'));
    await cp(corpus, work, { recursive: true });
    names.push(...(await readdir(corpus)).sort());
    cloc = await runCloc(work);
  });
  afterAll(async () => {
    if (work !== '') await rm(work, { recursive: true, force: true });
  });

  it('cloc is version 1.96 and counts every corpus file', async () => {
    const { stdout } = await promisify(execFile)('cloc', ['--version']);
    expect(stdout.trim()).toBe('1.96');
    expect([...cloc.keys()].sort()).toEqual(names);
  });

  it('covers the languages the acceptance criterion names', () => {
    const languages = new Set([...cloc.values()].map((file) => file.language));
    for (const language of [
      'TypeScript',
      'JavaScript',
      'Python',
      'Go',
      'Java',
      'C#',
      'Rust',
      'Ruby',
      'PHP',
      'C',
      'C++',
      'Bourne Shell',
      'HTML',
      'CSS',
      'YAML',
      'Markdown',
      'SQL',
    ])
      expect(languages).toContain(language);
  });

  it('agrees on language, code, comment and blank for every file', async () => {
    const differences: string[] = [];
    for (const name of names) {
      const expected = cloc.get(name);
      const text = await readFile(join(corpus, name), 'utf8');
      const language = detectLanguage(name, text);
      const ours = language === null ? null : { language, ...countLines(text, language, name) };
      const theirs = expected && {
        language: expected.language,
        code: expected.code,
        comment: expected.comment,
        blank: expected.blank,
      };
      if (JSON.stringify(ours) !== JSON.stringify(theirs))
        differences.push(`${name}: cloc ${JSON.stringify(theirs)}, ours ${JSON.stringify(ours)}`);
    }
    expect(differences).toEqual([]);
  });

  it('classifies each physical line so that the kinds add up to the counts', async () => {
    for (const name of names) {
      const text = await readFile(join(corpus, name), 'utf8');
      const language = detectLanguage(name, text) ?? '';
      expect(kindCounts(classifyLines(text, language, name)), name).toEqual(countLines(text, language, name));
    }
  });
});
