// The same constructs as edge-cases.ts through tree-sitter's JavaScript grammar.
function optionalChains(a, key) {
  const one = a?.b?.c;
  const two = a?.[key]?.();
  const three = a?.b.c?.d();
  return one ?? two ?? three;
}

function defaults({ a = 1, b: { c = 2 } = {} } = {}, [d = 3] = [], e = () => 4, ...rest) {
  let x, y;
  [x = 1, { y = 2 } = {}] = [a, d];
  ({ x = 5 } = rest);
  for (const { z = 0 } of rest) {
    x ||= z;
    y &&= z;
    x ??= y;
  }
  try {
    e();
  } catch ({ message = '' }) {
    return message;
  }
  return x;
}

function ternaryArrowLeak(flag, list) {
  const pick = flag
    ? (item) => item.id
    : function (item) {
        return item.key;
      };
  if (list.length) {
    for (const item of list) if (pick(item)) return item;
  }
  return null;
}

function nestedLeaks(flag) {
  return flag ? () => (flag > 1 ? () => 1 : () => 2) : null;
}

function elseChains(a) {
  if (a === 1) return 1;
  else if (a === 2) {
    return 2;
  } else if (a === 3) return 3;
  else {
    if (a > 3) {
      while (a > 10) a--;
    } else return 0;
  }
  return a;
}

function logical(a, b, c, d) {
  if ((a && b) || (c && d)) return 1;
  if (a && (b || c) && d) return 2;
  if (!(a && b) && !(c || d)) return 3;
  return a ?? (b && c) ?? d;
}

function labeled(rows) {
  let total = 0;
  outer: for (const row of rows) {
    let i = 0;
    inner: do {
      if (row[i] === null) continue outer;
      if (row[i] < 0) break inner;
      total += row[i];
    } while (++i < row.length);
    for (const key in row) {
      if (key === 'stop') break outer;
    }
  }
  return total;
}

function switches(value) {
  switch (value) {
    case 0:
      return 'zero';
    default:
      switch (typeof value) {
        case 'number':
          return value > 0 ? 'positive' : 'negative';
        case 'string':
        case 'bigint':
          return 'other';
      }
  }
  switch (value) {
    default:
      return 'never';
  }
}

const counter = (() => {
  let count = 0;
  return {
    increment(step = 1) {
      count += step;
      return count;
    },
    reset: () => (count = 0),
    get value() {
      return count;
    },
  };
})();

class Base {
  static instances = 0;
  name = 'base';
  ready = this.name && Base.instances >= 0;
  static {
    Base.instances ||= 0;
  }
  constructor(name = 'base') {
    this.name = name;
  }
  describe() {
    return `${this.name}`;
  }
}

class Derived extends (globalThis.Custom || Base) {
  #secret = null;
  handler = (event) => event?.preventDefault?.();
  static create = function create(name) {
    return new Derived(name || 'derived');
  };
  [Symbol.toStringTag] = 'Derived';
  constructor(...args) {
    super(...args);
  }
  get secret() {
    return this.#secret ?? 'none';
  }
  set secret(value) {
    this.#secret = value || null;
  }
  static async *generate(count) {
    for (let i = 0; i < count; i++) yield new Derived(`d${i}`);
  }
}

function makeClass(base) {
  return class extends base {
    extra = base.defaults ? base.defaults.extra : undefined;
    static {
      if (base.registry) {
        for (const key of Object.keys(base.registry)) {
          if (!key) continue;
        }
      }
    }
    method() {
      return this.extra || null;
    }
  };
}

function recursive(n) {
  if (n <= 0) return 0;
  return recursive(n - 1) + (n % 2 ? recursive(n - 2) : 0);
}

export { optionalChains, defaults, ternaryArrowLeak, nestedLeaks, elseChains, logical, labeled, switches };
export { counter, Base, Derived, makeClass, recursive };
export default function () {
  return arguments.length ? [].slice.call(arguments) : null;
}
