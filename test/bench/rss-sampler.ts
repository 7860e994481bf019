import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export interface RssPeak {
  /** Peak resident set size of this process, in bytes. */
  self: number;
  /** Peak of the summed resident set sizes of its child processes (worker pools), in bytes. */
  children: number;
}

/** Samples resident set sizes while a stage runs; reports the largest seen. */
export class RssSampler {
  private peak: RssPeak = { self: process.memoryUsage.rss(), children: 0 };
  private constructor(
    private readonly children: boolean,
    private readonly timer: NodeJS.Timeout,
  ) {}

  static start(options: { children?: boolean } = {}, intervalMs = 50): RssSampler {
    const sampler: RssSampler = new RssSampler(
      Boolean(options.children),
      setInterval(() => sampler.sample(), intervalMs),
    );
    return sampler;
  }

  stop(): RssPeak {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }

  private sample(): void {
    this.peak.self = Math.max(this.peak.self, process.memoryUsage.rss());
    if (this.children) this.peak.children = Math.max(this.peak.children, childrenRss());
  }
}

/**
 * Summed RSS of this process's children. Reads /proc where it exists: spawning `ps` every few
 * milliseconds would block this process and take CPU from the stage being measured.
 */
function childrenRss(): number {
  return existsSync(`/proc/self/task/${process.pid}/children`) ? childrenRssFromProc() : childrenRssFromPs();
}

function childrenRssFromProc(): number {
  let total = 0;
  for (const pid of childPids()) total += procRssBytes(pid);
  return total;
}

/** Node spawns its children from the main thread, whose task id is the process id. */
function childPids(): string[] {
  return readProc(`/proc/self/task/${process.pid}/children`).split(' ').filter(Boolean);
}

function procRssBytes(pid: string): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readProc(`/proc/${pid}/status`));
  return match ? Number(match[1]) * 1024 : 0;
}

/** A child may exit between listing and reading: it then counts as nothing. */
function readProc(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function childrenRssFromPs(): number {
  try {
    const out = execFileSync('ps', ['-o', 'rss=', '--ppid', String(process.pid)], { encoding: 'utf8' });
    return out.split('\n').reduce((sum, kb) => sum + (Number(kb.trim()) || 0) * 1024, 0);
  } catch {
    return 0; // no children at this instant
  }
}
