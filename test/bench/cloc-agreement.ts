/**
 * `node --import tsx test/bench/cloc-agreement.ts DIR [--worst N] [--head CHARS]`: counts every
 * file of a checked-out tree (skipping .git) with our cloc-equivalent counter and with `cloc
 * --json --by-file`, then prints the share of files whose code lines equal cloc's, the share
 * where all three numbers and the language agree, and the worst mismatches by language. Files
 * cloc skips (binary by Perl's -B test, unknown language, README-like names) are listed when we
 * counted them. `--head 4096` gives detectLanguage only that much text, as the pipeline does.
 * A benchmark, not a test: it asserts nothing.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { detectLanguage, isBinaryContent } from '../../analyzers/src/measure/language/index.ts';
import { countLines } from '../../analyzers/src/measure/lines/index.ts';
import type { LineCounts } from '../../analyzers/src/measure/types.ts';

interface Counted extends LineCounts {
  language: string;
}

interface Comparison {
  path: string;
  cloc: Counted;
  ours: Counted | null;
  millis: number;
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { worst: { type: 'string', default: '15' }, head: { type: 'string' } },
});
const headLength = values.head === undefined ? Infinity : Number(values.head);
const root = positionals[0];
if (root === undefined) throw new Error('usage: cloc-agreement.ts DIR [--worst N]');

const { files: clocFiles, timedOut } = await runCloc(root);
const comparisons: Comparison[] = [];
for (const [path, cloc] of clocFiles) comparisons.push(await countOurs(root, path, cloc));
report(comparisons, Number(values.worst), timedOut);
await reportSkippedByCloc(root, clocFiles);

/**
 * cloc's numbers per file, and the files where a filter exceeded cloc's time limit (cloc then
 * counts every non-blank line as a comment; `--timeout 0` would count them normally).
 */
async function runCloc(dir: string): Promise<{ files: Map<string, Counted>; timedOut: Set<string> }> {
  const args = ['--json', '--by-file', '--skip-uniqueness', '--quiet', '.'];
  const { stdout, stderr } = await promisify(execFile)('cloc', args, { cwd: dir, maxBuffer: 1 << 30 });
  const timedOut = new Set(
    [...stderr.matchAll(/exceeded timeout:\s+(.+)$/gm)].map((m) => (m[1] ?? '').replace(/^\.\//, '')),
  );
  const files = new Map<string, Counted>();
  const parsed: unknown = JSON.parse(stdout);
  for (const [key, value] of Object.entries(typeof parsed === 'object' && parsed !== null ? parsed : {})) {
    if (key === 'header' || key === 'SUM' || !isCounted(value)) continue;
    files.set(key.replace(/^\.\//, ''), value);
  }
  return { files, timedOut };
}

function isCounted(value: unknown): value is Counted {
  return typeof value === 'object' && value !== null && 'code' in value && 'language' in value;
}

async function countOurs(dir: string, path: string, cloc: Counted): Promise<Comparison> {
  const bytes = await readFile(join(dir, path));
  const started = performance.now();
  const text = bytes.toString('utf8');
  const language = isBinaryContent(bytes) ? null : detectLanguage(path, text.slice(0, headLength));
  const ours = language === null ? null : { language, ...countLines(text, language, path) };
  return { path, cloc, ours, millis: performance.now() - started };
}

function report(all: readonly Comparison[], worst: number, timedOut: ReadonlySet<string>): void {
  printSummary(all);
  const mismatches = all.filter((c) => !sameCounts(c.ours, c.cloc));
  const byTimeout = mismatches.filter((c) => timedOut.has(c.path)).length;
  console.log(`mismatches where cloc hit its own time limit: ${byTimeout} of ${mismatches.length}`);
  printByLanguage(all);
  printWorst(mismatches, worst, timedOut);
}

function printSummary(all: readonly Comparison[]): void {
  const counted = all.filter((c) => c.ours !== null);
  const codeAgrees = counted.filter((c) => c.ours?.code === c.cloc.code);
  const allAgree = counted.filter((c) => sameCounts(c.ours, c.cloc));
  const percent = (part: number) => `${((100 * part) / Math.max(all.length, 1)).toFixed(2)}%`;
  console.log(`cloc counted ${all.length} files; we counted ${counted.length} of them`);
  console.log(`code lines equal: ${codeAgrees.length} (${percent(codeAgrees.length)})`);
  console.log(`language+code+comment+blank equal: ${allAgree.length} (${percent(allAgree.length)})`);
  const millis = counted.reduce((sum, c) => sum + c.millis, 0);
  const perFile = (millis / Math.max(counted.length, 1)).toFixed(3);
  console.log(`our time: ${millis.toFixed(0)} ms (${perFile} ms/file)`);
  const slowest = [...counted].sort((a, b) => b.millis - a.millis)[0];
  if (slowest) console.log(`slowest: ${slowest.millis.toFixed(1)} ms for ${slowest.path}`);
}

function sameCounts(ours: Counted | null, cloc: Counted): boolean {
  return (
    ours !== null &&
    ours.language === cloc.language &&
    ours.code === cloc.code &&
    ours.comment === cloc.comment &&
    ours.blank === cloc.blank
  );
}

function printByLanguage(all: readonly Comparison[]): void {
  const byLanguage = new Map<string, { files: number; mismatched: number; codeDiff: number }>();
  for (const c of all) {
    const entry = byLanguage.get(c.cloc.language) ?? { files: 0, mismatched: 0, codeDiff: 0 };
    entry.files += 1;
    if (!sameCounts(c.ours, c.cloc)) entry.mismatched += 1;
    entry.codeDiff += Math.abs((c.ours?.code ?? 0) - c.cloc.code);
    byLanguage.set(c.cloc.language, entry);
  }
  const rows = [...byLanguage].sort(([, a], [, b]) => b.mismatched - a.mismatched || b.files - a.files);
  console.log('\nlanguage (cloc)            files  mismatched  |code diff|');
  for (const [language, e] of rows.filter(([, e]) => e.mismatched > 0).slice(0, 20))
    console.log(
      `${language.padEnd(26)} ${String(e.files).padStart(5)}  ${String(e.mismatched).padStart(10)}  ${e.codeDiff}`,
    );
}

function printWorst(mismatches: readonly Comparison[], worst: number, timedOut: ReadonlySet<string>): void {
  const gap = (c: Comparison) => Math.abs((c.ours?.code ?? 0) - c.cloc.code) + (c.ours === null ? 1e9 : 0);
  console.log(`\nworst mismatches (cloc → ours):`);
  for (const c of [...mismatches].sort((a, b) => gap(b) - gap(a)).slice(0, worst)) {
    const ours = c.ours === null ? 'not counted' : describe(c.ours);
    const note = timedOut.has(c.path) ? ' (cloc timed out)' : '';
    console.log(`  ${c.path}${note}\n    ${describe(c.cloc)} → ${ours}`);
  }
}

function describe(c: Counted): string {
  return `${c.language} code=${c.code} comment=${c.comment} blank=${c.blank}`;
}

/** Files cloc did not count but we would (detected language, not binary to git). */
async function reportSkippedByCloc(dir: string, clocFiles: ReadonlyMap<string, Counted>): Promise<void> {
  const extra: string[] = [];
  for await (const path of walk(dir)) {
    const relativePath = relative(dir, path);
    if (clocFiles.has(relativePath)) continue;
    const bytes = await readFile(path);
    if (bytes.length === 0 || isBinaryContent(bytes)) continue;
    const language = detectLanguage(relativePath, bytes.toString('utf8').slice(0, headLength));
    if (language !== null) extra.push(`${relativePath} (${language})`);
  }
  console.log(`\nfiles cloc skipped that we count: ${extra.length}`);
  for (const line of extra.slice(0, 10)) console.log(`  ${line}`);
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === '.git') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}
