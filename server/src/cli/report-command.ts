import { parseArgs } from 'node:util';
import { UsageError } from '@diligent/analyzers/errors';
import { openDeal } from '@diligent/analyzers/deal';
import {
  buildSummary,
  reportFormats,
  reportSchemaJson,
  writeReport,
  type ReportFormat,
} from '../report/index.ts';
import { defaultDbDir, userPath } from './cli-paths.ts';

const options = {
  db: { type: 'string', default: defaultDbDir },
  repo: { type: 'string', multiple: true },
  format: { type: 'string' },
  out: { type: 'string' },
  'json-schema': { type: 'boolean', default: false },
} as const;

/**
 * `diligent report --format md|html|pdf|json|csv [--out PATH]`: the diligence summary of the deal
 * (or of the `--repo`s named). md, html and json print to stdout without --out; pdf and csv need a
 * file or folder (defaults in the current folder).
 */
export async function reportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options, allowPositionals: true });
  if (positionals.length > 0) throw new UsageError(`report takes no argument: ${positionals.join(' ')}`);
  if (values['json-schema']) {
    process.stdout.write(reportSchemaJson());
    return 0;
  }
  const format = parseFormat(values.format);
  const reader = await openDeal(userPath(values.db));
  let summary;
  try {
    summary = await buildSummary(reader, values.repo ?? []);
  } finally {
    await reader.close();
  }
  const out = values.out ?? defaultOut[format];
  const written = await writeReport(summary, format, out === undefined ? undefined : userPath(out));
  for (const path of written) process.stderr.write(`wrote ${path}\n`);
  return 0;
}

/** One-file text formats print to stdout; a PDF and the CSV folder need a place. */
const defaultOut: Record<ReportFormat, string | undefined> = {
  md: undefined,
  html: undefined,
  json: undefined,
  pdf: 'diligent-report.pdf',
  csv: 'diligent-report-csv',
};

function parseFormat(format: string | undefined): ReportFormat {
  const known = reportFormats.find((f) => f === format);
  if (known === undefined)
    throw new UsageError(
      `report needs --format ${reportFormats.join('|')}${format ? `, got ${format}` : ''}`,
    );
  return known;
}
