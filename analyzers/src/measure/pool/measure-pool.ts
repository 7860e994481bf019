import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FileJob, FileMeasurement } from '../measure-file.ts';

export type MeasureOutcome = { ok: true; result: FileMeasurement } | { ok: false; reason: string };

interface Slot {
  child: ChildProcess;
  busy: { id: number; resolve: (o: MeasureOutcome) => void; timer: NodeJS.Timeout } | null;
}

interface Pending {
  job: FileJob;
  resolve: (o: MeasureOutcome) => void;
}

const defaultWorkerPath = fileURLToPath(new URL('./measure-worker.ts', import.meta.url));
// The workers run TypeScript source through tsx's loader, found from here rather than the cwd.
const tsxLoader = import.meta.resolve('tsx/esm');

/**
 * A pool of worker processes measuring one file at a time each. A file that takes longer than the
 * time limit, or kills its worker, yields a failed outcome; a fresh worker takes the slot.
 */
export class MeasurePool {
  private readonly queue: Pending[] = [];
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    size: number,
    private readonly timeLimitMs: number,
    private readonly workerPath: string = defaultWorkerPath,
  ) {
    for (let i = 0; i < size; i += 1) this.slots.push(this.spawn());
  }

  measure(job: FileJob): Promise<MeasureOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.dispatch();
    });
  }

  close(): void {
    this.closed = true;
    for (const slot of this.slots) slot.child.kill('SIGKILL');
  }

  private spawn(): Slot {
    const child = fork(this.workerPath, [], {
      execArgv: ['--import', tsxLoader],
      serialization: 'advanced',
      stdio: 'ignore',
    });
    const slot: Slot = { child, busy: null };
    child.on('message', (message: { id: number } & MeasureOutcome) => this.finish(slot, message));
    child.on('exit', (code, signal) => this.replace(slot, `worker died (${signal ?? `exit ${code}`})`));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.queue.length === 0) continue;
      const next = this.queue.shift();
      if (!next) return;
      const id = (this.nextId += 1);
      const timer = setTimeout(
        () => this.replace(slot, `timed out after ${this.timeLimitMs} ms`),
        this.timeLimitMs,
      );
      slot.busy = { id, resolve: next.resolve, timer };
      slot.child.send({ id, job: next.job });
    }
  }

  private finish(slot: Slot, message: { id: number } & MeasureOutcome): void {
    if (!slot.busy || slot.busy.id !== message.id) return;
    clearTimeout(slot.busy.timer);
    const { resolve } = slot.busy;
    slot.busy = null;
    resolve(message.ok ? { ok: true, result: message.result } : { ok: false, reason: message.reason });
    this.dispatch();
  }

  /** The worker hung or died: fail its file, and put a fresh worker in its place. */
  private replace(slot: Slot, reason: string): void {
    if (this.closed) return;
    const busy = slot.busy;
    slot.busy = null;
    slot.child.removeAllListeners();
    slot.child.kill('SIGKILL');
    if (busy) {
      clearTimeout(busy.timer);
      busy.resolve({ ok: false, reason });
    }
    const index = this.slots.indexOf(slot);
    if (index !== -1) this.slots[index] = this.spawn();
    this.dispatch();
  }
}
