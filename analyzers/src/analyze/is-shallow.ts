import { stat } from 'node:fs/promises';
import { join } from 'node:path';

/** A shallow clone lists its cut-off commits in `shallow`: the history before them is missing. */
export async function isShallow(gitDir: string): Promise<boolean> {
  const file = await stat(join(gitDir, 'shallow')).catch(() => null);
  return Boolean(file && file.size > 0);
}
