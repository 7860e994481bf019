import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * Writes a synthetic LCOV report of about `targetBytes`: files of 400 instrumented lines, 40
 * branches and 20 functions each, as c8 or nyc write them. Returns the number of files.
 */
export async function generateLcov(path: string, targetBytes: number): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  let files = 0;
  while (written < targetBytes) {
    const record = lcovRecord(files);
    written += Buffer.byteLength(record);
    files += 1;
    if (!out.write(record)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return files;
}

function lcovRecord(index: number): string {
  const lines = [`TN:`, `SF:/home/ci/build/packages/pkg-${index % 97}/src/module-${index}.ts`];
  for (let f = 0; f < 20; f += 1) lines.push(`FN:${f * 20 + 1},fn_${f}`);
  for (let f = 0; f < 20; f += 1) lines.push(`FNDA:${(index + f) % 3},fn_${f}`);
  lines.push('FNF:20', `FNH:${20 - Math.ceil(20 / 3)}`);
  for (let l = 1; l <= 400; l += 1) lines.push(`DA:${l},${(index * l) % 5}`);
  lines.push('LF:400', 'LH:320');
  for (let b = 0; b < 40; b += 1) lines.push(`BRDA:${b * 10 + 1},${b},${b % 2},${b % 3 === 0 ? '-' : b % 4}`);
  lines.push('BRF:40', 'BRH:20', 'end_of_record', '');
  return lines.join('\n');
}
