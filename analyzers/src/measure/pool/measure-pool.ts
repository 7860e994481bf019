import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FileJob, FileMeasurement } from '../measure-file.ts';
import { WorkerBundle } from './worker-bundle.ts';

export type MeasureOutcome = { ok: true; result: FileMeasurement } | { ok: false; reason: string };

interface Pending {
  job: FileJob;
  resolve: (outcome: MeasureOutcome) => void;
}

interface Sent extends Pending {
  id: number;
}

interface Slot {
  child: ChildProcess;
  /** Jobs sent and not answered, oldest first: the worker runs them in this order. */
  sent: Sent[];
  timer: NodeJS.Timeout | null;
}

type Answer = { id: number } & MeasureOutcome;

const defaultWorkerPath = fileURLToPath(new URL('./measure-worker.ts', import.meta.url));
/** Jobs queued in each worker, so it never waits for this process between files. */
const depth = 4;

/**
 * A pool of worker processes that measure files, a few queued in each. When a worker answers
 * nothing for the time limit, or dies, the file it was on fails, the files queued behind it go back
 * to the queue, and a fresh worker takes its place.
 */
export class MeasurePool {
  private readonly queue: Pending[] = [];
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closed = false;

  private constructor(
    size: number,
    private readonly timeLimitMs: number,
    private readonly bundle: WorkerBundle,
  ) {
    for (let i = 0; i < size; i += 1) this.slots.push(this.spawn());
  }

  /** A pool of `size` workers running `workerPath`, bundled first (see WorkerBundle). */
  static async start(
    size: number,
    timeLimitMs: number,
    workerPath = defaultWorkerPath,
  ): Promise<MeasurePool> {
    return new MeasurePool(size, timeLimitMs, await WorkerBundle.create(workerPath));
  }

  measure(job: FileJob): Promise<MeasureOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.dispatch();
    });
  }

  close(): void {
    this.closed = true;
    for (const slot of this.slots) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.child.kill('SIGKILL');
    }
    this.bundle.dispose();
  }

  private spawn(): Slot {
    const child = fork(this.bundle.path, [], { execArgv: [], serialization: 'advanced', stdio: 'ignore' });
    const slot: Slot = { child, sent: [], timer: null };
    child.on('message', (answer: Answer) => this.answered(slot, answer));
    child.on('exit', (code, signal) => this.replace(slot, `worker died (${signal ?? `exit ${code}`})`));
    return slot;
  }

  private dispatch(): void {
    for (let next = this.queue.shift(); next; next = this.queue.shift()) {
      const slot = this.slots.reduce((a, b) => (b.sent.length < a.sent.length ? b : a));
      if (slot.sent.length >= depth) return void this.queue.unshift(next);
      const id = (this.nextId += 1);
      slot.sent.push({ ...next, id });
      if (slot.sent.length === 1) this.restartTimer(slot);
      slot.child.send({ id, job: next.job });
    }
  }

  private answered(slot: Slot, answer: Answer): void {
    const index = slot.sent.findIndex((s) => s.id === answer.id);
    const [done] = index === -1 ? [] : slot.sent.splice(index, 1);
    if (!done) return;
    this.restartTimer(slot);
    done.resolve(answer.ok ? { ok: true, result: answer.result } : { ok: false, reason: answer.reason });
    this.dispatch();
  }

  /** The limit applies to the file the worker is on: it restarts whenever the worker answers. */
  private restartTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer =
      slot.sent.length === 0
        ? null
        : setTimeout(() => this.replace(slot, `timed out after ${this.timeLimitMs} ms`), this.timeLimitMs);
  }

  /** The worker hung or died: fail the file it was on, requeue the rest, start a fresh worker. */
  private replace(slot: Slot, reason: string): void {
    if (this.closed) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.child.removeAllListeners();
    slot.child.kill('SIGKILL');
    const [culprit, ...waiting] = slot.sent;
    this.queue.unshift(...waiting.map(({ job, resolve }) => ({ job, resolve })));
    culprit?.resolve({ ok: false, reason });
    const index = this.slots.indexOf(slot);
    if (index !== -1) this.slots[index] = this.spawn();
    this.dispatch();
  }
}
