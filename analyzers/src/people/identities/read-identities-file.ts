import { readFile } from 'node:fs/promises';
import { parseIdentitiesFile, type IdentitiesFile } from './identities-file.ts';
import { InvalidIdentitiesFileError } from './invalid-identities-file-error.ts';

/** Reads and checks an identities file (JSON; format in docs/metrics.md, "People and knowledge"). */
export async function readIdentitiesFile(path: string): Promise<IdentitiesFile> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new InvalidIdentitiesFileError(path, error instanceof Error ? error.message : String(error));
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidIdentitiesFileError(
      path,
      `not valid JSON: ${error instanceof Error ? error.message : ''}`,
    );
  }
  return parseIdentitiesFile(json, path);
}
