import { describe, expect, it } from 'vitest';
import { NumstatStreamParser } from '../src/mine/git/numstat-stream-parser.ts';
import type { MinedChange, MinedCommit } from '../src/mine/types.ts';

const header = (sha: string, parents: string, subject: string, body = '') =>
  `\x01${sha}\0${parents}\0Ann\0ann@x\x001700000000 +0130\0Cy\0cy@x\x001700000060 -0800\0${subject}\0${body}\0`;

// Exactly what `git log -z --numstat` printed for three commits: one with a rename and a binary,
// an empty one, and a root commit whose path holds a tab and a newline.
const output = Buffer.from(
  header('c3', 'c2', 'two') +
    '\0\n-\t-\tbin\x000\t0\t\0old name\0new\nname\0' +
    header('c2', 'c1', 'empty') +
    '\0' +
    header('c1', '', 'first line second line', 'body\nCo-authored-by: B <b@x>\n') +
    '\0\n1\t0\tf\x002\t0\twe\tird\0',
);

function parseAll(chunks: Buffer[]): Array<[MinedCommit, MinedChange[]]> {
  const seen: Array<[MinedCommit, MinedChange[]]> = [];
  const parser = new NumstatStreamParser((c, ch) => seen.push([c, ch]));
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return seen;
}

describe('NumstatStreamParser', () => {
  it('parses commits, renames, binaries and odd paths exactly', () => {
    const [two, empty, first] = parseAll([output]);
    expect(two?.[0]).toMatchObject({ sha: 'c3', parents: ['c2'], subject: 'two' });
    expect(two?.[0].authorDate).toEqual({ epochSeconds: 1700000000, tzOffsetMinutes: 90 });
    expect(two?.[0].committerDate).toEqual({ epochSeconds: 1700000060, tzOffsetMinutes: -480 });
    expect(two?.[1]).toEqual([
      { path: 'bin', oldPath: null, added: null, deleted: null, binary: true },
      { path: 'new\nname', oldPath: 'old name', added: 0, deleted: 0, binary: false },
    ]);
    expect(empty?.[1]).toEqual([]);
    expect(first?.[0]).toMatchObject({ parents: [], body: 'body\nCo-authored-by: B <b@x>\n' });
    expect(first?.[1].map((c) => c.path)).toEqual(['f', 'we\tird']);
  });

  it('gives the same result however the stream is split', () => {
    const whole = parseAll([output]);
    for (let cut = 1; cut < output.length; cut += 1) {
      expect(parseAll([output.subarray(0, cut), output.subarray(cut)])).toEqual(whole);
    }
  });

  it('never emits the commit in flight when the stream breaks off', () => {
    const seen: string[] = [];
    const parser = new NumstatStreamParser((c) => seen.push(c.sha));
    parser.push(output.subarray(0, output.indexOf('\x01c1')));
    parser.push(Buffer.from(header('c1', '', 'x')));
    expect(seen).toEqual(['c3', 'c2']);
    expect(parser.emitted).toBe(2);
  });

  it('rejects output it does not understand instead of guessing', () => {
    const parser = new NumstatStreamParser(() => undefined);
    expect(() => parser.push(Buffer.from(header('c1', '', 'x') + '\0\nnot a numstat line\0'))).toThrow(
      /unexpected/,
    );
  });
});
