'use strict';

var Cart = (function () {
  var TAX_RATE = 0.2;
  var instances = 0;

  function Cart(owner, options) {
    if (!(this instanceof Cart)) {
      return new Cart(owner, options);
    }
    options = options || {};
    this.owner = owner;
    this.items = [];
    this.currency = options.currency || 'EUR';
    this.taxRate = typeof options.taxRate === 'number' ? options.taxRate : TAX_RATE;
    instances++;
  }

  Cart.prototype.add = function (sku, quantity, price) {
    if (quantity === undefined) quantity = 1;
    if (quantity <= 0) {
      throw new Error('quantity must be positive');
    }
    var existing = this.find(sku);
    if (existing) {
      existing.quantity += quantity;
    } else {
      this.items.push({ sku: sku, quantity: quantity, price: price });
    }
    return this;
  };

  Cart.prototype.find = function (sku) {
    for (var i = 0; i < this.items.length; i++) {
      if (this.items[i].sku === sku) return this.items[i];
    }
    return null;
  };

  Cart.prototype.remove = function remove(sku, quantity) {
    var item = this.find(sku);
    if (!item) return false;
    if (!quantity || quantity >= item.quantity) {
      this.items = this.items.filter(function (other) {
        return other !== item;
      });
    } else {
      item.quantity -= quantity;
    }
    return true;
  };

  Cart.prototype.total = function () {
    var subtotal = 0;
    var i = this.items.length;
    while (i--) {
      var item = this.items[i];
      subtotal += item.price * item.quantity;
    }
    return Math.round(subtotal * (1 + this.taxRate) * 100) / 100;
  };

  Cart.prototype.toJSON = function () {
    var self = this;
    return {
      owner: self.owner,
      currency: self.currency,
      items: self.items.map(function (item) {
        return { sku: item.sku, quantity: item.quantity };
      }),
      total: self.total(),
    };
  };

  Cart.count = function () {
    return instances;
  };

  return Cart;
})();

function parseQuery(search) {
  var result = {};
  if (!search) return result;
  var pairs = (search.charAt(0) === '?' ? search.slice(1) : search).split('&');
  for (var i = 0; i < pairs.length; i++) {
    if (!pairs[i]) continue;
    var parts = pairs[i].split('=');
    var key = decodeURIComponent(parts[0]);
    var value = parts.length > 1 ? decodeURIComponent(parts[1].replace(/\+/g, ' ')) : true;
    if (result.hasOwnProperty(key)) {
      if (!Array.isArray(result[key])) result[key] = [result[key]];
      result[key].push(value);
    } else {
      result[key] = value;
    }
  }
  return result;
}

function debounce(fn, wait, immediate) {
  var timeout;
  return function () {
    var context = this;
    var args = arguments;
    var later = function () {
      timeout = null;
      if (!immediate) fn.apply(context, args);
    };
    var callNow = immediate && !timeout;
    clearTimeout(timeout);
    timeout = setTimeout(later, wait);
    if (callNow) fn.apply(context, args);
  };
}

function deepEqual(a, b) {
  if (a === b) return true;
  if (a == null || b == null || typeof a !== 'object' || typeof b !== 'object') return false;
  var keysA = Object.keys(a);
  var keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (var key in a) {
    if (!Object.prototype.hasOwnProperty.call(a, key)) continue;
    if (!deepEqual(a[key], b[key])) return false;
  }
  return true;
}

function flatten(list, depth) {
  depth = depth === undefined ? Infinity : depth;
  return list.reduce(function (acc, item) {
    if (Array.isArray(item) && depth > 0) {
      return acc.concat(flatten(item, depth - 1));
    }
    acc.push(item);
    return acc;
  }, []);
}

function findPath(grid, start, goal) {
  var queue = [[start]];
  var seen = {};
  seen[start.join(',')] = true;
  search: while (queue.length) {
    var path = queue.shift();
    var last = path[path.length - 1];
    var moves = [
      [0, 1],
      [1, 0],
      [0, -1],
      [-1, 0],
    ];
    for (var m = 0; m < moves.length; m++) {
      var next = [last[0] + moves[m][0], last[1] + moves[m][1]];
      var key = next.join(',');
      if (seen[key] || !grid[next[0]] || grid[next[0]][next[1]] !== 0) continue;
      seen[key] = true;
      var extended = path.concat([next]);
      if (next[0] === goal[0] && next[1] === goal[1]) {
        queue = [extended];
        break search;
      }
      queue.push(extended);
    }
  }
  return queue.length ? queue[0] : null;
}

function retryRequest(request, attempts, callback) {
  var attempt = 0;
  (function tryOnce() {
    attempt++;
    request(function (error, response) {
      if (error && attempt < attempts) {
        return setTimeout(tryOnce, attempt * 100);
      }
      callback(error, response);
    });
  })();
}

function classify(code) {
  var kind;
  switch (Math.floor(code / 100)) {
    case 1:
    case 2:
      kind = 'ok';
      break;
    case 3:
      kind = 'redirect';
      break;
    case 4:
      if (code === 404) {
        kind = 'missing';
        break;
      }
    // falls through
    case 5:
      kind = 'error';
      break;
    default:
      kind = 'unknown';
  }
  return kind;
}

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

module.exports = Cart;
module.exports.parseQuery = parseQuery;
module.exports.debounce = debounce;
module.exports.deepEqual = deepEqual;
module.exports.flatten = flatten;
module.exports.findPath = findPath;
module.exports.retryRequest = retryRequest;
module.exports.classify = classify;
module.exports.fib = fib;
module.exports.noop = function () {};
exports.version = function version() {
  return process.env.CART_VERSION || '1.0.0';
};
