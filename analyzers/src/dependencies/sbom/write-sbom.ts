import { randomUUID } from 'node:crypto';
import type { SqlSource } from '../../people/sql-source.ts';
import { cycloneDxDocument, type SbomOptions } from './cyclonedx-document.ts';
import { readSbomInput } from './read-sbom-input.ts';
import { spdxDocument } from './spdx-document.ts';

export type SbomFormat = 'cyclonedx' | 'spdx';

export const sbomFormats: readonly SbomFormat[] = ['cyclonedx', 'spdx'];

/** The SBOM of the deal (or of one repo) as a JSON document of the format asked for. */
export async function sbomDocument(
  source: SqlSource,
  format: SbomFormat,
  repoId: string | null,
  options: SbomOptions = { timestamp: new Date(), uuid: randomUUID() },
): Promise<{ repoCount: number; document: object }> {
  const input = await readSbomInput(source, repoId);
  const document = format === 'cyclonedx' ? cycloneDxDocument(input, options) : spdxDocument(input, options);
  return { repoCount: input.length, document };
}
