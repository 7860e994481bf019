import { parseArgs } from 'node:util';
import { UsageError } from '@diligent/analyzers/errors';
import { openDeal } from '@diligent/analyzers/deal';
import { defaultDbDir, userPath } from './cli-paths.ts';
import { formatCsv, formatJson, formatTable, type QueryOutput } from './format-query-output.ts';

const options = {
  db: { type: 'string', default: defaultDbDir },
  json: { type: 'boolean', default: false },
  csv: { type: 'boolean', default: false },
} as const;

/** Read-only SQL over every repo of the deal: the repo files are attached read-only. */
export async function queryCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('query needs exactly one SQL string');
  if (values.json && values.csv) throw new UsageError('give --json or --csv, not both');
  const reader = await openDeal(userPath(values.db));
  try {
    const result = await reader.query(positionals[0] ?? '');
    const output: QueryOutput = { columns: result.columnNames(), rows: result.getRowsJS() };
    const format = values.json ? formatJson : values.csv ? formatCsv : formatTable;
    process.stdout.write(format(output));
    return 0;
  } finally {
    await reader.close();
  }
}
