import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MeasurePool } from '../src/measure/pool/measure-pool.ts';

const misbehaving = fileURLToPath(new URL('./support/misbehaving-worker.ts', import.meta.url));
const job = (path: string) => ({ path, language: 'Text', content: Buffer.from(`${path}!`), parse: true });

describe('MeasurePool: a file that kills or hangs its worker costs that worker, not the run', () => {
  it('fails the crashing and the hanging file, measures every other one, and keeps going', async () => {
    const pool = await MeasurePool.start(2, 3_000, misbehaving);
    try {
      const paths = ['a.ts', 'crash.c', 'b.ts', 'hang.py', 'c.ts', 'crash2.c', 'd.ts', 'e.ts'];
      const outcomes = await Promise.all(paths.map((p) => pool.measure(job(p))));
      expect(outcomes.map((o) => (o.ok ? o.result.lines.code : o.reason))).toEqual([
        5,
        'worker died (SIGSEGV)',
        5,
        'timed out after 3000 ms',
        5,
        'worker died (SIGSEGV)',
        5,
        5,
      ]);
    } finally {
      pool.close();
    }
  });
});
