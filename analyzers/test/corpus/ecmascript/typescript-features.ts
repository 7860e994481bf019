import type { Request, Response } from 'express';

declare const VERSION: string;
declare function log(message: string, ...rest: unknown[]): void;
declare module 'shims' {
  export function shim(value: unknown): unknown;
}

export function parse(value: string): number;
export function parse(value: number): number;
export function parse(value: string | number): number {
  return typeof value === 'number' ? value : Number.parseFloat(value) || 0;
}

export function assertDefined<T>(value: T | null | undefined, name = 'value'): asserts value is T {
  if (value === null || value === undefined) {
    throw new TypeError(`${name} is ${value === null ? 'null' : 'undefined'}`);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const identity = <T>(value: T): T => value;
export const pair = <A, B>(a: A, b: B): [A, B] => [a, b];
export const legacyCast = (value: unknown) => (<string>value).length || (value as string[]).length;

export function Controller(prefix = '/') {
  return <T extends new (...args: any[]) => object>(target: T) => {
    Reflect.defineMetadata?.('prefix', prefix.startsWith('/') ? prefix : `/${prefix}`, target);
    return target;
  };
}

export function Route(method: 'get' | 'post', path?: string): MethodDecorator {
  return (target, key, descriptor) => {
    const routes = (target as any).routes ?? ((target as any).routes = []);
    routes.push({ method, path: path ?? `/${String(key)}`, handler: descriptor.value });
  };
}

export function Inject(token?: string): ParameterDecorator {
  return () => undefined;
}

interface Repository<T> {
  findAll(filter?: Partial<T>): Promise<T[]>;
  findOne(id: string): Promise<T | null>;
}

@Controller(process.env.API_PREFIX || 'users')
export class UserController implements Record<string, unknown> {
  [key: string]: unknown;
  declare readonly kind: 'controller';
  private cache!: Map<string, unknown>;
  protected override readonly name = 'users';
  optionalHook?(): void;

  constructor(
    @Inject('repo') private readonly users: Repository<{ id: string; admin?: boolean }>,
    @Inject(process.env.LOGGER ?? 'logger') private readonly logger?: { info(message: string): void },
  ) {}

  @Route('get', '/')
  async list(request: Request, response: Response) {
    const admin = request.query.admin === 'true' ? true : request.query.admin === 'false' ? false : undefined;
    const users = await this.users.findAll(admin === undefined ? {} : { admin });
    this.logger?.info(`listed ${users.length}`);
    response.json(users);
  }

  @Route('get')
  async show(request: Request, response: Response): Promise<void> {
    const user = await this.users.findOne(request.params.id!);
    if (!user) {
      response.status(404).end();
      return;
    }
    response.json(user satisfies { id: string });
  }

  @Route(process.env.ALLOW_POST ? 'post' : 'get', '/sync')
  sync(this: UserController, _request: Request, response: Response) {
    response.status(this.cache?.size ? 200 : 204).end();
  }
}

export abstract class Shape {
  constructor(public readonly name: string) {}
  abstract area(): number;
  abstract get sides(): number;
  toString(): string {
    return `${this.name}(${this.area().toFixed(2)})`;
  }
  static compare(a: Shape, b: Shape): number {
    return a.area() - b.area() || a.sides - b.sides;
  }
}

export class Circle extends Shape {
  constructor(private readonly radius: number) {
    super('circle');
    if (radius < 0) throw new RangeError('negative radius');
  }
  area(): number {
    return Math.PI * this.radius ** 2;
  }
  get sides(): number {
    return 0;
  }
}

export class Polygon extends Shape {
  constructor(private readonly points: ReadonlyArray<readonly [number, number]>) {
    super(points.length === 3 ? 'triangle' : points.length === 4 ? 'quadrilateral' : 'polygon');
  }
  area(): number {
    let sum = 0;
    for (let i = 0, j = this.points.length - 1; i < this.points.length; j = i++) {
      const [xi, yi] = this.points[i]!;
      const [xj, yj] = this.points[j]!;
      sum += (xj + xi) * (yj - yi);
    }
    return Math.abs(sum / 2);
  }
  get sides(): number {
    return this.points.length;
  }
}

export enum Permission {
  Read = 1 << 0,
  Write = 1 << 1,
  Admin = Read | Write,
}

export function permissionsFor(role: string, overrides?: Partial<Record<Permission, boolean>>): Permission[] {
  enum Local {
    Fallback = role === 'guest' ? 0 : 1,
  }
  const base =
    role === 'admin' ? [Permission.Admin] : role === 'editor' ? [Permission.Read, Permission.Write] : [];
  const granted = new Set(base.length ? base : Local.Fallback ? [Permission.Read] : []);
  for (const [permission, allowed] of Object.entries(overrides ?? {})) {
    if (allowed) granted.add(Number(permission));
    else granted.delete(Number(permission));
  }
  return [...granted];
}

export namespace Validation {
  export type Result = { ok: true } | { ok: false; errors: string[] };

  export function combine(...results: Result[]): Result {
    const errors = results.flatMap((r) => (r.ok ? [] : r.errors));
    return errors.length ? { ok: false, errors } : { ok: true };
  }

  export const required =
    (name: string) =>
    (value: unknown): Result =>
      value === undefined || value === null || value === ''
        ? { ok: false, errors: [`${name} is required`] }
        : { ok: true };
}

export function createStore<S extends object>(initial: S) {
  let state = initial;
  const listeners = new Set<(state: S) => void>();
  return {
    get state() {
      return state;
    },
    set(patch: Partial<S> | ((current: S) => Partial<S>)) {
      const next = typeof patch === 'function' ? patch(state) : patch;
      if (Object.keys(next).every((key) => Object.is(next[key as keyof S], state[key as keyof S]))) return;
      state = { ...state, ...next };
      listeners.forEach((listener) => listener(state));
    },
    subscribe(listener: (state: S) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export function mixin<TBase extends new (...args: any[]) => object>(Base: TBase, options?: { tag?: string }) {
  return class Tagged extends Base {
    tag = options?.tag ?? 'tagged';
    static tags = options ? [options.tag] : [];
    @Route(options?.tag ? 'post' : 'get')
    [options?.tag || 'describe']() {
      return this.tag!.toUpperCase();
    }
    static {
      Tagged.tags = Tagged.tags.filter((t): t is string => !!t);
    }
  };
}

export function walkTree<T extends { children?: T[] }>(
  root: T,
  visit: (node: T, depth: number) => boolean | void,
) {
  const stack: Array<[T, number]> = [[root, 0]];
  scan: {
    while (stack.length) {
      const [node, depth] = stack.pop()!;
      if (visit(node, depth) === false) break scan;
      for (const child of node.children?.slice().reverse() ?? []) stack.push([child, depth + 1]);
    }
  }
}

export const tag = (strings: TemplateStringsArray, ...values: unknown[]) =>
  strings.reduce((out, text, i) => out + text + (i < values.length ? String(values[i] ?? '') : ''), '');

export function* range(start: number, end?: number, step = 1): Generator<number> {
  if (end === undefined) [start, end] = [0, start];
  for (let value = start; step > 0 ? value < end : value > end; value += step) yield value;
}

export const main = async (argv = process.argv.slice(2)) => {
  const [command, ...rest] = argv;
  return command === 'range' ? [...range(Number(rest[0] ?? 10))] : (log(`unknown ${command}`), null);
};

(async () => {
  if (import.meta.url === `file://${process.argv[1]}`) await main();
})();
