function ternaryWithArrowBranch(flag, items) {
  const pick = flag ? () => items[0] : null;
  if (items.length) {
    return pick;
  }
  for (const item of items) {
    if (item) continue;
  }
}

function ternaryWithParenthesizedFunction(flag) {
  // prettier-ignore
  const pick = flag ? (function () { return 1; }) : (() => 2);
  if (flag) return pick;
  return null;
}

function classInsideFunction(options) {
  if (options.enabled) {
    return class Local {
      limit = options.limit ?? 10;
      label = options.label ? options.label : 'none';
      static {
        if (options.debug) {
          while (options.retries--) {
            console.log('retry');
          }
        }
      }
      run() {
        return this.limit && this.label;
      }
    };
  }
  return null;
}

class Fields {
  count = 0;
  handler = () => this.count++;
  guarded = (a, b) => a && b;
  // prettier-ignore
  wrapped = (this.count || 1);
  fallback = this.count ?? (() => 3);
  nested = {
    deep: {
      fn() {
        return 1;
      },
    },
  };
  accessor token = this.count || 2;
  [computeKey() || 'x'] = 5;
  static {
    Fields.ready = true;
  }
  static {
    try {
      init();
    } catch (e) {
      report(e);
    }
  }
}

function logicalMixes(a, b, c, d) {
  const w = a && b && c;
  const x = a || b || c;
  const y = (a && b) || (c && d);
  const z = a && (b || c) && d;
  // prettier-ignore
  const v = a /* why */ && b;
  const u = a ?? b ?? c;
  return w && !(x && y) && z && v && u;
}

function elseChains(a) {
  if (a === 1) {
    return 1;
  } else if (a === 2) {
    return 2;
  } /* two */ else /* three */ if (a === 3) {
    return 3;
  } else {
    if (a > 3) return 4;
  }
  // prettier-ignore
  if (a) ; else ;
}

function optionalChains(a, key) {
  const one = a?.b?.c;
  const two = a?.[key]?.();
  const three = a?.b!.c;
  const four = (a as any)?.b;
  return one ?? two ?? three ?? four;
}

function defaults({ a = 1, b: { c = 2 } = {} } = {}, [d = 3] = [], e = () => 4) {
  let x, y;
  [x = 1, { y = 2 } = {}] = [a, b];
  for (const { z = 0 } of []) {
    x ||= z;
    y &&= z;
    x ??= y;
  }
  try {
  } catch ({ message = '' }) {}
  return x;
}

function labeled(matrix) {
  outer: for (let i = 0; i < matrix.length; i++) {
    inner: for (let j = 0; j < matrix[i].length; j++) {
      if (matrix[i][j] < 0) continue outer;
      if (matrix[i][j] > 9) break outer;
      if (!matrix[i][j]) break inner;
    }
  }
}

function withThis(this: Window, a: number, b?: string, ...rest: unknown[]) {
  return a;
}

class Overloads {
  constructor(
    private readonly a = 1,
    public b?: string,
  ) {}
  run(a: string): void;
  run(a: number): void;
  run(a: any) {
    return a;
  }
  get value() {
    return this.a || 0;
  }
  set value(v) {
    this.a = v ?? 0;
  }
  *[Symbol.iterator]() {
    yield 1;
  }
  async *stream() {
    for await (const x of source()) yield x;
  }
}

abstract class Shape {
  abstract area(): number;
  describe(): string {
    return this.area() > 0 ? 'solid' : 'empty';
  }
}

enum Level {
  Low = 1,
  High = Low || 2,
}

namespace Geometry {
  export function distance(a, b) {
    return Math.hypot(a.x - b.x, a.y - b.y) || 0;
  }
}

declare function declared(a: string): void;

export default function (input) {
  return input satisfies string;
}

const handlers = {
  onClick() {},
  'on-change': (e) => e?.target,
  [dynamic]: function () {},
  nested: {
    onHover: () => {},
  },
};

module.exports.helper = function () {};
Foo.prototype.bar = function named() {};
