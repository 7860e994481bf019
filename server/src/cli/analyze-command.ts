import { parseArgs } from 'node:util';
import { analyzeRepo, type AnalyzeResult } from '@diligent/analyzers/analyze';
import { UsageError } from '@diligent/analyzers/errors';
import { readIdentitiesFile } from '@diligent/analyzers/people';
import { parseRiskWindow } from '@diligent/analyzers/risk';
import { isUrlSource, openSource } from '@diligent/analyzers/source';
import { defaultDbDir, userPath } from './cli-paths.ts';
import { describeError, exitCodes } from './exit-codes.ts';

const options = {
  db: { type: 'string', default: defaultDbDir },
  rev: { type: 'string' },
  until: { type: 'string' },
  name: { type: 'string' },
  'token-env': { type: 'string' },
  cache: { type: 'string' },
  'parse-limit': { type: 'string' },
  identities: { type: 'string' },
  window: { type: 'string' },
  timings: { type: 'boolean', default: false },
} as const;

/**
 * Analyzes each source into the deal database. One failing source is reported on one line and the
 * others still run: a deal has many repos, and one broken clone must not cost the rest.
 */
export async function analyzeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options, allowPositionals: true });
  if (positionals.length === 0) throw new UsageError('analyze needs at least one source');
  if (values.window !== undefined) parseRiskWindow(values.window);
  if (values.name !== undefined && positionals.length > 1)
    throw new UsageError('--name needs exactly one source');
  let failures = 0;
  for (const source of positionals) {
    try {
      const started = performance.now();
      const result = await analyzeOne(source, values);
      printResult(result);
      if (values.timings) printTimings(result, performance.now() - started);
    } catch (error) {
      if (positionals.length === 1) throw error;
      failures += 1;
      process.stderr.write(`${describeError(error)}\n`);
    }
  }
  return failures === 0 ? exitCodes.OK : exitCodes.SOME_SOURCES_FAILED;
}

type AnalyzeValues = ReturnType<
  typeof parseArgs<{ options: typeof options; allowPositionals: true }>
>['values'];

async function analyzeOne(source: string, values: AnalyzeValues): Promise<AnalyzeResult> {
  const identities =
    values.identities === undefined ? undefined : await readIdentitiesFile(userPath(values.identities));
  const repo = await openSource(isUrlSource(source) ? source : userPath(source), {
    cacheDir: values.cache === undefined ? undefined : userPath(values.cache),
    tokenEnv: values['token-env'],
    onProgress: (message) => process.stderr.write(`  ${message}\n`),
  });
  process.stderr.write(`analyzing ${repo.source}\n`);
  const parseLimit = values['parse-limit'];
  const measure = parseLimit === undefined ? {} : { parseLimitBytes: megabytes(parseLimit) };
  const { name, rev, until } = values;
  const window = values.window === undefined ? undefined : parseRiskWindow(values.window);
  return analyzeRepo(repo, { dbDir: userPath(values.db), name, rev, until, measure, identities, window });
}

function megabytes(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--parse-limit takes megabytes, got ${value}`);
  return Math.round(mb * 2 ** 20);
}

function printResult(result: AnalyzeResult): void {
  const { repoId, headSha, commitCount, fileCount, warningCount } = result;
  process.stdout.write(
    `${repoId}: ${commitCount} commits, ${fileCount} files at ${headSha.slice(0, 12)}, ${warningCount} warnings -> ${result.dbFile}\n`,
  );
}

/**
 * Stage timings on stderr, each with its share of the whole run of that source (opening it, listing
 * its tree and the repos row are the untimed rest).
 */
function printTimings(result: AnalyzeResult, totalMs: number): void {
  const timed = result.timings.reduce((sum, t) => sum + t.ms, 0);
  const rows = [...result.timings, { stage: 'other', ms: totalMs - timed }, { stage: 'total', ms: totalMs }];
  const line = (t: { stage: string; ms: number }) =>
    `  ${t.stage.padEnd(8)} ${(t.ms / 1000).toFixed(2).padStart(8)} s ${((100 * t.ms) / totalMs).toFixed(1).padStart(5)}%`;
  process.stderr.write(`timings:\n${rows.map(line).join('\n')}\n`);
}
