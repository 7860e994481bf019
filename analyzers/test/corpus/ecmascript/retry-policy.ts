export interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  jitter?: 'none' | 'full' | 'equal';
  retryOn?: (error: unknown, attempt: number) => boolean;
  signal?: AbortSignal;
}

export class RetryError extends Error {
  constructor(
    message: string,
    readonly attempts: number,
    readonly causes: unknown[] = [],
  ) {
    super(message);
    this.name = 'RetryError';
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

export function backoffDelay(
  attempt: number,
  { baseDelayMs = 100, maxDelayMs = 10_000, jitter = 'full' }: RetryOptions = {},
) {
  const exponential = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  switch (jitter) {
    case 'none':
      return exponential;
    case 'equal':
      return exponential / 2 + Math.random() * (exponential / 2);
    case 'full':
    default:
      return Math.random() * exponential;
  }
}

export function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNRESET' || code === 'ETIMEDOUT' || code === 'EAI_AGAIN') return true;
  const status = (error as { status?: number }).status;
  return status !== undefined && (status === 429 || (status >= 500 && status < 600));
}

export async function retry<T>(
  operation: (attempt: number) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 3;
  const retryOn = options.retryOn ?? isTransient;
  const causes: unknown[] = [];
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (options.signal?.aborted) {
      throw new RetryError('aborted', attempt - 1, causes);
    }
    try {
      return await operation(attempt);
    } catch (error) {
      causes.push(error);
      const last = attempt === attempts;
      if (last || !retryOn(error, attempt)) {
        throw new RetryError(`failed after ${attempt} attempt${attempt === 1 ? '' : 's'}`, attempt, causes);
      }
      await sleep(backoffDelay(attempt, options), options.signal);
    }
  }
  throw new RetryError('no attempts', 0, causes);
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private state: 'closed' | 'open' | 'half-open' = 'closed';

  constructor(
    private readonly threshold = 5,
    private readonly cooldownMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  get isOpen(): boolean {
    if (this.state === 'open' && this.openedAt !== null && this.now() - this.openedAt >= this.cooldownMs) {
      this.state = 'half-open';
    }
    return this.state === 'open';
  }

  async call<T>(operation: () => Promise<T>, fallback?: () => T): Promise<T> {
    if (this.isOpen) {
      if (fallback) return fallback();
      throw new Error('circuit open');
    }
    try {
      const result = await operation();
      this.onSuccess();
      return result;
    } catch (error) {
      this.onFailure();
      if (fallback && this.state === 'open') return fallback();
      throw error;
    }
  }

  private onSuccess(): void {
    this.failures = 0;
    this.state = 'closed';
    this.openedAt = null;
  }

  private onFailure(): void {
    this.failures++;
    if (this.state === 'half-open' || this.failures >= this.threshold) {
      this.state = 'open';
      this.openedAt = this.now();
    }
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, message?: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message || `timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => timer && clearTimeout(timer));
}

export function memoizeAsync<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  key = (...args: A) => JSON.stringify(args),
) {
  const pending = new Map<string, Promise<R>>();
  return (...args: A): Promise<R> => {
    const k = key(...args);
    let promise = pending.get(k);
    if (!promise) {
      promise = fn(...args).catch((error) => {
        pending.delete(k);
        throw error;
      });
      pending.set(k, promise);
    }
    return promise;
  };
}

export function rateLimiter(perSecond: number) {
  const queue: Array<() => void> = [];
  let tokens = perSecond;
  let timer: ReturnType<typeof setInterval> | null = null;
  const refill = () => {
    tokens = perSecond;
    while (tokens > 0 && queue.length > 0) {
      tokens--;
      queue.shift()!();
    }
    if (queue.length === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
  return function acquire(): Promise<void> {
    if (tokens > 0) {
      tokens--;
      return Promise.resolve();
    }
    timer ??= setInterval(refill, 1000);
    return new Promise((resolve) => queue.push(resolve));
  };
}
