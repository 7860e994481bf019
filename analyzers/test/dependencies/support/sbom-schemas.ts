import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);
// Both are CommonJS modules exporting a function; required so their types need no interop.
const addFormats = require('ajv-formats') as (ajv: Ajv) => Ajv;
const addDraft2019Formats = require('ajv-formats-draft2019') as (ajv: Ajv) => Ajv;
const cyclonedxSchemas = join(
  dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')),
  'res/schema',
);

function readJson(path: string): Record<string, unknown> {
  const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (typeof value !== 'object' || value === null) throw new Error(`${path} is not a schema`);
  return { ...value };
}

function newAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // iri-reference and idn-email, which CycloneDX uses and ajv-formats does not define.
  addDraft2019Formats(ajv);
  return ajv;
}

/** The official CycloneDX 1.6 JSON schema, with the SPDX id and JSF schemas it refers to. */
export function cycloneDx16Validator(): ValidateFunction {
  const ajv = newAjv();
  // The package ships the referenced schemas as *.SNAPSHOT.schema.json, which is what bom-1.6 refers to.
  for (const name of ['spdx', 'jsf-0.82']) {
    const schema = readJson(join(cyclonedxSchemas, `${name}.SNAPSHOT.schema.json`));
    ajv.addSchema({ ...schema, $id: `http://cyclonedx.org/schema/${name}.SNAPSHOT.schema.json` });
  }
  return ajv.compile(readJson(join(cyclonedxSchemas, 'bom-1.6.SNAPSHOT.schema.json')));
}

/** The official SPDX 2.3 JSON schema (test data: see schemas/README.md). */
export function spdx23Validator(): ValidateFunction {
  return newAjv().compile(readJson(new URL('../schemas/spdx-2.3.schema.json', import.meta.url).pathname));
}
