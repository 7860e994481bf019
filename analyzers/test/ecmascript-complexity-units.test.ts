import { describe, expect, it } from 'vitest';
import { measureEcmascript } from '../src/measure/complexity/ecmascript/index.ts';
import type { MeasureComplexity } from '../src/measure/types.ts';

/** Hand-checked values (docs' probe results for ESLint classic and sonarjs) and the names we give. */
const measure = measureEcmascript;
// The optional `path` keeps the analyzer a MeasureComplexity.
const asContract: MeasureComplexity = measureEcmascript;

function scoresOf(body: string, params = '') {
  const [unit] = asContract(`function probe(${params}) {\n${body}\n}`, 'JavaScript').functions;
  return { cyclomatic: unit?.cyclomatic, cognitive: unit?.cognitive };
}

describe('cyclomatic complexity as ESLint classic counts it', () => {
  it.each([
    ['a && b && c;', 3],
    ['a || b || c;', 3],
    ['a ?? b ?? c;', 3],
    ['(a && b) || (c && d);', 4],
    ['x = a ? (b ? 1 : 2) : 3;', 3],
    ['switch (a) { case 1: break; case 2: case 3: break; default: }', 4],
    ['for (const x of xs) { if (x) continue; }', 3],
    ['try { a(); } catch (e) { b(); } finally { c(); }', 2],
    ['z ||= b; z ??= c; z &&= d;', 4],
    ['return a?.b?.c + a?.();', 4],
    ['do { a(); } while (b); while (c) {} for (;;) {} for (k in o) {}', 5],
    ['if (a) {} else if (b) {} else {}', 3],
  ])('%s → %i', (body, expected) => {
    expect(scoresOf(body).cyclomatic).toBe(expected);
  });

  it('counts default values of parameters and destructuring', () => {
    expect(scoresOf('', 'x = 1, y = 2').cyclomatic).toBe(3);
    expect(scoresOf('', '{ p = 1 }').cyclomatic).toBe(2);
    expect(scoresOf('const [a = 1, { b = 2 }] = c;').cyclomatic).toBe(3);
  });
});

describe('cognitive complexity as sonarjs counts it', () => {
  it.each([
    ['if (a) { if (b) { if (c) {} } }', 6],
    ['if (a) {} else if (b) {} else {}', 3],
    ['outer: for (;;) { for (;;) { if (x) continue outer; } }', 7],
    ['try { a(); } catch (e) { b(); } finally { c(); }', 1],
    ['x = a ? (b ? 1 : 2) : 3;', 3],
    ['x = a && b && c;', 1],
    ['x = (a && b) || (c && d);', 2],
    ['x = a || b || c;', 0],
    ['x = a ?? b;', 0],
    ['switch (a) { case 1: if (b) {} }', 3],
    ['return probe(a - 1);', 0],
  ])('%s → %i', (body, expected) => {
    expect(scoresOf(body).cognitive).toBe(expected);
  });

  it('restarts nesting inside nested functions and does not add them to the outer one', () => {
    const units = measure(
      'function outer() {\n  if (a) {\n    run(() => { if (b) {} });\n  }\n}',
      'JavaScript',
    );
    expect(units.functions.map((f) => [f.name, f.cyclomatic, f.cognitive])).toEqual([
      ['outer', 2, 1],
      ['outer/<anonymous@3>', 2, 1],
    ]);
  });

  it('keeps the enclosing function one level deeper after a ?: branch that is a function (sonarjs does)', () => {
    expect(scoresOf('const f = a ? () => 1 : null;\nif (b) {}').cognitive).toBe(3);
    expect(scoresOf('const f = a ? 1 : null;\nif (b) {}').cognitive).toBe(2);
  });

  it('scores a one-operator guard directly inside JSX braces as 0', () => {
    const source = 'function View() {\n  return <p>{a && b && <b />}{(a && b) || c}</p>;\n}';
    expect(measure(source, 'JSX').functions[0]?.cognitive).toBe(1);
  });

  it('charges field initializers and static blocks of a class inside a function to that function too', () => {
    const source = 'function make() {\n  return class { x = a ? 1 : 2; static { if (b) {} } };\n}';
    expect(measure(source, 'JavaScript').functions.map((f) => [f.kind, f.cyclomatic, f.cognitive])).toEqual([
      ['function', 1, 2],
      ['class-field', 2, 1],
      ['static-block', 2, 1],
    ]);
  });
});

describe('units, names and kinds', () => {
  const source = `function outer(a, b = 1) {
  function inner() {}
  const arrow = () => {};
  return [1].map((x) => x);
}
class Account {
  static count = 0;
  balance = this.open ? 0 : null;
  onChange = () => {};
  constructor(private owner: string) {}
  get total(): number { return 1; }
  set total(v) {}
  static { Account.count = 1; }
  deposit<T>(this: Account, amount: T) {
    const log = function () {};
  }
  overload(a: string): void;
  overload(a: unknown) {}
}
const api = { fetch() {}, 'x-y': () => {}, nested: { deep: function () {} } };
module.exports.helper = function () {};
export default () => {};
`;

  it('reports every ESLint unit with a qualified name, kind, position and parameter count', () => {
    const { functions, hasSyntaxErrors } = measure(source, 'TypeScript', 'account.ts');
    expect(hasSyntaxErrors).toBe(false);
    expect(
      functions.map((f) => `${f.startLine}:${f.startColumn}-${f.endLine} ${f.kind} ${f.name} (${f.params})`),
    ).toEqual([
      '1:1-5 function outer (2)',
      '2:3-2 function outer/inner (0)',
      '3:17-3 arrow outer/arrow (0)',
      '4:18-4 arrow outer/<anonymous@4> (1)',
      '8:13-8 class-field Account.balance (0)',
      '9:14-9 arrow Account.onChange (0)',
      '10:14-10 constructor Account.constructor (1)',
      '11:12-11 getter Account.total (0)',
      '12:12-12 setter Account.total (1)',
      '13:3-13 static-block Account.<static> (0)',
      '14:10-16 method Account.deposit (1)',
      '15:17-15 function Account.deposit/log (0)',
      '18:11-18 method Account.overload (1)',
      '20:20-20 method api.fetch (0)',
      '20:34-20 arrow api.x-y (0)',
      '20:60-20 function api.nested.deep (0)',
      '21:25-21 function module.exports.helper (0)',
      '22:16-22 arrow default (0)',
    ]);
  });

  it('reads JSX in .tsx files and type assertions in .ts files', () => {
    expect(
      measure('const f = () => <div>{a && <b />}</div>;', 'TypeScript', 'view.tsx').hasSyntaxErrors,
    ).toBe(false);
    expect(measure('const f = (x) => (<string>x).length;', 'TypeScript', 'cast.ts').hasSyntaxErrors).toBe(
      false,
    );
  });

  it('counts columns as ESLint does: in UTF-16 code units, without a byte-order mark', () => {
    const [first, second] = measure(
      "\uFEFFconst a = () => 1; const s = '🎉', b = () => 2;",
      'JavaScript',
    ).functions;
    expect([first?.startColumn, second?.startColumn]).toEqual([11, 40]);
  });

  it('flags syntax errors and still measures what it could parse', () => {
    const result = measure('function ok(a) { return a || 1; }\nfunction broken( {', 'JavaScript');
    expect(result.hasSyntaxErrors).toBe(true);
    expect(result.functions[0]).toMatchObject({ name: 'ok', cyclomatic: 2 });
  });
});
