import { parseArgs } from 'node:util';
import { analyzeRepo, type AnalyzeResult } from '@diligent/analyzers/analyze';
import { UsageError } from '@diligent/analyzers/errors';
import { readIdentitiesFile } from '@diligent/analyzers/people';
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
  coverage: { type: 'string', multiple: true },
  'coverage-time': { type: 'string' },
} as const;

/**
 * Analyzes each source into the deal database. One failing source is reported on one line and the
 * others still run: a deal has many repos, and one broken clone must not cost the rest.
 */
export async function analyzeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options, allowPositionals: true });
  if (positionals.length === 0) throw new UsageError('analyze needs at least one source');
  if (values.name !== undefined && positionals.length > 1)
    throw new UsageError('--name needs exactly one source');
  let failures = 0;
  for (const source of positionals) {
    try {
      printResult(await analyzeOne(source, values));
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
  const coverage = coverageFiles(values.coverage, values['coverage-time']);
  const repo = await openSource(isUrlSource(source) ? source : userPath(source), {
    cacheDir: values.cache === undefined ? undefined : userPath(values.cache),
    tokenEnv: values['token-env'],
    onProgress: (message) => process.stderr.write(`  ${message}\n`),
  });
  process.stderr.write(`analyzing ${repo.source}\n`);
  const parseLimit = values['parse-limit'];
  const measure = parseLimit === undefined ? {} : { parseLimitBytes: megabytes(parseLimit) };
  const { name, rev, until } = values;
  return analyzeRepo(repo, { dbDir: userPath(values.db), name, rev, until, measure, identities, coverage });
}

/** `--coverage FILE` (repeatable), made at `--coverage-time` when given, else at each file's mtime. */
function coverageFiles(files: string[] | undefined, time: string | undefined) {
  if (time !== undefined && files === undefined)
    throw new UsageError('--coverage-time needs --coverage FILE');
  const at = time === undefined ? undefined : new Date(time);
  if (at !== undefined && Number.isNaN(at.getTime()))
    throw new UsageError(`--coverage-time takes an ISO date, got ${time}`);
  return files === undefined ? undefined : { files: files.map(userPath), time: at };
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
