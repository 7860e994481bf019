/**
 * Some cloc filters join all lines into one string, edit it, and split it again on "\n" (Perl's
 * `split`, which drops trailing empty fields). This remembers which physical line each piece of
 * the joined string came from, so that each re-split line can be traced back.
 */
import type { SourceLine } from '../filter-step.ts';

export type Span = readonly [start: number, end: number];

export class JoinedText {
  private readonly pieces: string[] = [];
  private readonly origins: number[] = [];
  private joined: string | undefined;

  append(piece: string, origin: number): void {
    this.pieces.push(piece);
    this.origins.push(origin);
    this.joined = undefined;
  }

  toString(): string {
    this.joined ??= this.pieces.join('');
    return this.joined;
  }

  /**
   * The joined text without the given spans (sorted, disjoint), split back into lines. A line's
   * origin is that of its first non-blank character, else of its first character, else of the
   * "\n" that ends it.
   */
  splitWithout(spans: readonly Span[]): SourceLine[] {
    const text = this.toString();
    const origin = new OriginCursor(this.pieces, this.origins);
    const lines: SourceLine[] = [];
    let parts: string[] = [];
    let lineOrigin = -1; // of the first non-blank character seen so far
    let fallbackOrigin = -1; // of the first character seen so far
    const endLine = (newlineAt: number) => {
      const found = lineOrigin !== -1 ? lineOrigin : fallbackOrigin;
      lines.push({ text: parts.join(''), origin: found !== -1 ? found : origin.at(newlineAt) });
      parts = [];
      lineOrigin = -1;
      fallbackOrigin = -1;
    };
    let from = 0;
    for (const [start, end] of [...spans, [text.length, text.length] as const]) {
      for (let at = from; at < start;) {
        const newline = text.indexOf('\n', at);
        const stop = newline === -1 || newline >= start ? start : newline;
        if (stop > at) {
          parts.push(text.slice(at, stop));
          if (fallbackOrigin === -1) fallbackOrigin = origin.at(at);
          if (lineOrigin === -1) lineOrigin = firstNonBlankOrigin(text, at, stop, origin);
        }
        if (stop === newline) endLine(newline);
        at = stop === newline ? stop + 1 : stop;
      }
      from = end;
    }
    if (parts.length > 0) endLine(text.length - 1);
    while (lines.length > 0 && lines[lines.length - 1]?.text === '') lines.pop();
    return lines;
  }
}

function firstNonBlankOrigin(text: string, from: number, to: number, origin: OriginCursor): number {
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    if (code !== 32 && (code < 9 || code > 13)) return origin.at(i);
  }
  return -1;
}

/** Maps an offset of the joined text to its piece's origin; offsets must not decrease. */
class OriginCursor {
  private piece = 0;
  private pieceEnd: number;

  constructor(
    private readonly pieces: readonly string[],
    private readonly origins: readonly number[],
  ) {
    this.pieceEnd = pieces[0]?.length ?? 0;
  }

  at(offset: number): number {
    while (offset >= this.pieceEnd && this.piece < this.pieces.length - 1) {
      this.piece += 1;
      this.pieceEnd += this.pieces[this.piece]?.length ?? 0;
    }
    return this.origins[this.piece] ?? 0;
  }
}
