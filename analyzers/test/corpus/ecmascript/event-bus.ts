type Listener<T> = (payload: T) => void | Promise<void>;

interface Subscription {
  unsubscribe(): void;
}

export namespace Events {
  export const WILDCARD = '*';

  export function matches(pattern: string, name: string): boolean {
    if (pattern === WILDCARD) return true;
    if (pattern.endsWith('.*')) {
      return name.startsWith(pattern.slice(0, -1));
    }
    return pattern === name;
  }

  export namespace Errors {
    export function describe(error: unknown): string {
      return error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error';
    }
  }
}

export class EventBus<Events extends Record<string, unknown>> {
  #listeners = new Map<keyof Events | string, Set<Listener<any>>>();
  #history: Array<{ name: string; payload: unknown }> = [];
  maxHistory = 100;
  strict = false;
  onError: (error: unknown) => void = (error) => console.error(error);
  private readonly label = process.env.BUS_LABEL || 'bus';
  accessor paused = false;

  static readonly shared = new EventBus<Record<string, unknown>>();
  static #count = 0;

  static {
    EventBus.#count = 1;
  }

  get size(): number {
    let total = 0;
    for (const set of this.#listeners.values()) total += set.size;
    return total;
  }

  get history() {
    return this.#history.slice();
  }

  on<K extends keyof Events>(name: K, listener: Listener<Events[K]>): Subscription {
    let set = this.#listeners.get(name);
    if (!set) {
      set = new Set();
      this.#listeners.set(name, set);
    }
    set.add(listener);
    return { unsubscribe: () => set!.delete(listener) };
  }

  once<K extends keyof Events>(name: K, listener: Listener<Events[K]>): Subscription {
    const subscription = this.on(name, (payload) => {
      subscription.unsubscribe();
      return listener(payload);
    });
    return subscription;
  }

  async emit<K extends keyof Events>(name: K, payload: Events[K]): Promise<number> {
    if (this.paused) return 0;
    this.record(String(name), payload);
    let delivered = 0;
    for (const [pattern, listeners] of this.#listeners) {
      if (!Events.matches(String(pattern), String(name))) continue;
      for (const listener of listeners) {
        try {
          await listener(payload);
          delivered++;
        } catch (error) {
          if (this.strict) throw error;
          this.onError(error);
        }
      }
    }
    if (delivered === 0 && this.strict) {
      throw new Error(`${this.label}: nobody listens to ${String(name)}`);
    }
    return delivered;
  }

  private record(name: string, payload: unknown): void {
    this.#history.push({ name, payload });
    while (this.#history.length > this.maxHistory) this.#history.shift();
  }

  clear(name?: keyof Events): void {
    if (name === undefined) this.#listeners.clear();
    else this.#listeners.delete(name);
  }

  static create<E extends Record<string, unknown>>(options: { strict?: boolean; maxHistory?: number } = {}) {
    const bus = new EventBus<E>();
    bus.strict = options.strict ?? false;
    bus.maxHistory = options.maxHistory || bus.maxHistory;
    EventBus.#count++;
    return bus;
  }
}

export class DebouncedEmitter {
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly delay: number;
  readonly flushAll = () => {
    for (const [name, timer] of this.timers) {
      clearTimeout(timer);
      this.timers.delete(name);
    }
  };

  constructor(
    private readonly bus: EventBus<any>,
    delay?: number,
  ) {
    this.delay = delay && delay > 0 ? delay : 50;
  }

  emit(name: string, payload?: unknown): void {
    const existing = this.timers.get(name);
    if (existing) clearTimeout(existing);
    this.timers.set(
      name,
      setTimeout(() => {
        this.timers.delete(name);
        void this.bus.emit(name, payload);
      }, this.delay),
    );
  }
}

export function createRetryingListener<T>(
  listener: Listener<T>,
  attempts = 3,
  backoff = (n: number) => n * 100,
) {
  return async function retrying(payload: T): Promise<void> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        return await listener(payload);
      } catch (error) {
        lastError = error;
        if (attempt < attempts) {
          await new Promise((resolve) => setTimeout(resolve, backoff(attempt)));
        }
      }
    }
    throw lastError;
  };
}

export function bridge(source: EventBus<any>, target: EventBus<any>, names: string[]): () => void {
  const subscriptions = names.map((name) => source.on(name, (payload) => target.emit(name, payload)));
  return () => subscriptions.forEach((s) => s.unsubscribe());
}
