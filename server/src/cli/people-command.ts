import { parseArgs } from 'node:util';
import { UsageError } from '@diligent/analyzers/errors';
import { readDealRepoIds, simulateDepartures } from '@diligent/analyzers/people';
import { openDeal } from '@diligent/analyzers/deal';
import { defaultDbDir, userPath } from './cli-paths.ts';
import { formatDepartures } from './format-departures.ts';

const options = {
  db: { type: 'string', default: defaultDbDir },
  leave: { type: 'string' },
  repo: { type: 'string', multiple: true },
  depth: { type: 'string', default: '1' },
  json: { type: 'boolean', default: false },
} as const;

/**
 * `diligent people --leave a@x.com,b@y.com`: the off-boarding simulation over the deal (or the
 * `--repo`s named): what becomes orphaned, per repo and directory, and the truck factor after.
 */
export async function peopleCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options, allowPositionals: true });
  if (positionals.length > 0) throw new UsageError(`people takes no argument: ${positionals.join(' ')}`);
  const emails = (values.leave ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  if (emails.length === 0) throw new UsageError('people needs --leave EMAIL[,EMAIL...]');
  const depth = Number(values.depth);
  if (!Number.isInteger(depth) || depth < 0)
    throw new UsageError(`--depth takes a whole number, got ${values.depth}`);
  const reader = await openDeal(userPath(values.db));
  try {
    const repoIds = values.repo ?? (await readDealRepoIds(reader));
    const simulation = await simulateDepartures(reader, repoIds, emails);
    process.stdout.write(
      values.json ? `${JSON.stringify(simulation, null, 2)}\n` : formatDepartures(simulation, depth),
    );
    return 0;
  } finally {
    await reader.close();
  }
}
