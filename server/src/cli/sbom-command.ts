import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { UsageError } from '@diligent/analyzers/errors';
import { openDeal } from '@diligent/analyzers/deal';
import { sbomDocument, sbomFormats, type SbomFormat } from '@diligent/analyzers/dependencies';
import { defaultDbDir, userPath } from './cli-paths.ts';

const options = {
  db: { type: 'string', default: defaultDbDir },
  repo: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
} as const;

const formatNames: Record<SbomFormat, string> = { cyclonedx: 'CycloneDX 1.6', spdx: 'SPDX 2.3' };

/**
 * `diligent sbom --format cyclonedx|spdx [--repo ID] [--out FILE]`: the software bill of materials
 * of the deal (or one repo) from the `dependencies` table, as JSON on stdout or in FILE.
 */
export async function sbomCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options, allowPositionals: true });
  if (positionals.length > 0) throw new UsageError(`sbom takes no argument: ${positionals.join(' ')}`);
  const format = sbomFormats.find((f) => f === values.format);
  if (!format) throw new UsageError(`sbom needs --format ${sbomFormats.join('|')}`);
  const reader = await openDeal(userPath(values.db));
  try {
    const { document, repoCount } = await sbomDocument(reader, format, values.repo ?? null);
    if (repoCount === 0)
      throw new UsageError(values.repo ? `no repo '${values.repo}' in the deal` : 'the deal has no repo');
    const json = `${JSON.stringify(document, null, 2)}\n`;
    if (values.out === undefined) process.stdout.write(json);
    else {
      await writeFile(userPath(values.out), json);
      process.stderr.write(
        `wrote the ${formatNames[format]} SBOM of ${repoCount} repo(s) to ${values.out}\n`,
      );
    }
    return 0;
  } finally {
    await reader.close();
  }
}
