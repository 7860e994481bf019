import { MalformedReportError, TruncatedReportError } from './report-errors.ts';
import type { ReportText } from './report-file.ts';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

type Expecting = 'open' | 'key' | 'colon' | 'value' | 'in-value' | 'after' | 'end';

/**
 * Splits a streamed JSON object into its top-level entries — `"key": value` — handing each on as
 * the key and the value's raw text, so only one entry is held at a time however big the document
 * (an istanbul `coverage-final.json` has one entry per file). It tracks strings and nesting only;
 * the value text is parsed by the caller.
 */
export class JsonEntrySplitter {
  private expecting: Expecting = 'open';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private parts: string[] = [];
  private capturing = false;
  private key = '';
  private offset = 0;

  constructor(private readonly onEntry: (key: string, valueText: string) => void) {}

  write(chunk: string): void {
    let start = 0;
    for (let i = 0; i < chunk.length; i += 1) {
      const ch = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (ch === BACKSLASH) this.escaped = true;
        else if (ch === QUOTE) {
          this.inString = false;
          if (this.expecting === 'key') {
            this.key = keyText(this.take(chunk, start, i + 1));
            this.expecting = 'colon';
          } else if (this.depth === 1) this.finishValue(chunk, start, i + 1);
        }
        continue;
      }
      if (ch === 0x20 || ch === 0x0a || ch === 0x0d || ch === 0x09) {
        if (this.expecting === 'in-value' && this.depth === 1) this.finishValue(chunk, start, i);
        continue;
      }
      const restart = this.step(ch, chunk, start, i);
      if (restart !== null) start = restart;
    }
    if (this.capturing) this.parts.push(chunk.slice(start));
    this.offset += chunk.length;
  }

  /** Where a capture starts, when this character starts one; else null. */
  private step(ch: number, chunk: string, start: number, i: number): number | null {
    switch (this.expecting) {
      case 'open':
        if (ch !== OPEN_BRACE) this.fail(i, 'the report is not a JSON object');
        this.depth = 1;
        this.expecting = 'key';
        return null;
      case 'key':
        if (ch === CLOSE_BRACE) return this.closeDocument();
        if (ch !== QUOTE) this.fail(i, 'expected a key');
        this.inString = true;
        return this.startCapture(i);
      case 'colon':
        if (ch !== COLON) this.fail(i, 'expected a colon');
        this.expecting = 'value';
        return null;
      case 'value':
        this.expecting = 'in-value';
        if (ch === QUOTE) this.inString = true;
        else if (ch === OPEN_BRACE || ch === OPEN_BRACKET) this.depth += 1;
        return this.startCapture(i);
      case 'in-value':
        return this.stepInValue(ch, chunk, start, i);
      case 'after':
        if (ch === COMMA) this.expecting = 'key';
        else if (ch === CLOSE_BRACE) this.closeDocument();
        else this.fail(i, 'expected a comma or the end of the object');
        return null;
      case 'end':
        return this.fail(i, 'text after the end of the object');
    }
  }

  private stepInValue(ch: number, chunk: string, start: number, i: number): number | null {
    if (ch === QUOTE) this.inString = true;
    else if (ch === OPEN_BRACE || ch === OPEN_BRACKET) this.depth += 1;
    else if (ch === CLOSE_BRACE || ch === CLOSE_BRACKET) {
      if (this.depth === 1) {
        // A scalar value ended by the object's closing brace.
        this.finishValue(chunk, start, i);
        if (ch === CLOSE_BRACE) this.closeDocument();
        else this.fail(i, 'unbalanced ]');
        return null;
      }
      this.depth -= 1;
      if (this.depth === 1) this.finishValue(chunk, start, i + 1);
    } else if (ch === COMMA && this.depth === 1) {
      this.finishValue(chunk, start, i);
      this.expecting = 'key';
    }
    return null;
  }

  end(): void {
    if (this.expecting !== 'end')
      throw new TruncatedReportError(
        this.expecting === 'open'
          ? 'the report is empty'
          : `ends inside the entry after ${JSON.stringify(this.key)}`,
      );
  }

  private startCapture(i: number): number {
    this.capturing = true;
    this.parts = [];
    return i;
  }

  private take(chunk: string, start: number, end: number): string {
    this.parts.push(chunk.slice(start, end));
    const text = this.parts.join('');
    this.parts = [];
    this.capturing = false;
    return text;
  }

  private finishValue(chunk: string, start: number, end: number): void {
    if (!this.capturing) return;
    const valueText = this.take(chunk, start, end);
    this.expecting = 'after';
    this.onEntry(this.key, valueText);
  }

  private closeDocument(): null {
    this.depth = 0;
    this.expecting = 'end';
    return null;
  }

  private fail(i: number, message: string): never {
    throw new MalformedReportError(`${message} at character ${this.offset + i + 1}`);
  }
}

/** Hands on each top-level entry of a streamed JSON object. */
export async function forEachJsonEntry(
  text: ReportText,
  onEntry: (key: string, valueText: string) => void,
): Promise<void> {
  const splitter = new JsonEntrySplitter(onEntry);
  for await (const chunk of text) splitter.write(chunk);
  splitter.end();
}

function keyText(raw: string): string {
  const parsed: unknown = JSON.parse(raw);
  return typeof parsed === 'string' ? parsed : raw;
}
