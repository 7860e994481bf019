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
const depth = 8;
/** A worker gets more jobs once down to this many, several to a message: fewer, larger messages. */
const refillAt = depth / 2;

/** Send and channel errors are not the worker's verdict: its exit or its time limit is. */
function ignoreChannelError(): void {}

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
  private dispatchScheduled = false;

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
      this.scheduleDispatch();
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
    // A worker that dies can lose its channel before its exit is reported: a send then fails, and
    // the exit handler (or the time limit, if it never exits) replaces it and blames the right file.
    child.on('error', ignoreChannelError);
    return slot;
  }

  /** Files are usually asked for in a burst: dispatching after it sends them in fewer messages. */
  private scheduleDispatch(): void {
    if (this.dispatchScheduled) return;
    this.dispatchScheduled = true;
    queueMicrotask(() => {
      this.dispatchScheduled = false;
      this.dispatch();
    });
  }

  /** Tops up every worker down to `refillAt`; a short queue is shared out so no worker idles. */
  private dispatch(): void {
    const share = Math.ceil(this.queue.length / this.slots.length);
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.sent.length > refillAt || !slot.child.connected) continue;
      const count = Math.min(depth - slot.sent.length, share);
      const batch = this.queue.splice(0, count).map((p) => ({ ...p, id: ++this.nextId }));
      const wasIdle = slot.sent.length === 0;
      slot.sent.push(...batch);
      if (wasIdle) this.restartTimer(slot);
      slot.child.send({ jobs: batch.map(({ id, job }) => ({ id, job })) }, ignoreChannelError);
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
    slot.child.on('error', ignoreChannelError);
    slot.child.kill('SIGKILL');
    const [culprit, ...waiting] = slot.sent;
    this.queue.unshift(...waiting.map(({ job, resolve }) => ({ job, resolve })));
    culprit?.resolve({ ok: false, reason });
    const index = this.slots.indexOf(slot);
    if (index !== -1) this.slots[index] = this.spawn();
    this.dispatch();
  }
}
