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

  // Workers that die together: one's exit is handled while another's channel is already closed.
  // Sending to that one used to throw an uncaught ERR_IPC_CHANNEL_CLOSED (seen in CI).
  it('survives every worker crashing at once, round after round', async () => {
    for (let round = 0; round < 10; round += 1) {
      const pool = await MeasurePool.start(4, 10_000, misbehaving);
      try {
        const paths = ['crash1.c', 'a', 'crash2.c', 'b', 'crash3.c', 'c', 'crash4.c', 'd'];
        const outcomes = await Promise.all(paths.map((p) => pool.measure(job(p))));
        expect(outcomes.map((o) => (o.ok ? o.result.lines.code : o.reason))).toEqual(
          paths.map((p) => (p.startsWith('crash') ? 'worker died (SIGSEGV)' : 2)),
        );
      } finally {
        pool.close();
      }
    }
  });
});
