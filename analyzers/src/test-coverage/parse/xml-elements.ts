import { SaxesParser } from 'saxes';
import { MalformedReportError, TruncatedReportError } from './report-errors.ts';
import type { ReportText } from './report-file.ts';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  /** Names of the enclosing elements, outermost first. */
  parents: readonly string[];
}

export interface XmlHandlers {
  open(element: XmlElement): void;
  close(element: XmlElement): void;
}

/**
 * Streams an XML report through saxes (no DTD is fetched, no entity expanded beyond XML's own),
 * a chunk at a time. A syntax error stops the parse as malformed; a document that ends with
 * elements still open is truncated. Either way, what the handlers were given stays given.
 */
export async function parseXmlElements(text: ReportText, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let fault: Error | null = null;
  parser.on('error', (error) => {
    fault ??= error;
  });
  // saxes goes on after an error; nothing after the first one is handed on.
  parser.on('opentag', (tag) => {
    if (fault !== null) return;
    const element = {
      name: tag.name,
      attributes: stringAttributes(tag.attributes),
      parents: stack.map((e) => e.name),
    };
    stack.push(element);
    handlers.open(element);
  });
  parser.on('closetag', () => {
    if (fault !== null) return;
    const element = stack.pop();
    if (element !== undefined) handlers.close(element);
  });
  for await (const chunk of text) {
    parser.write(chunk);
    if (fault !== null) throw new MalformedReportError(describe(fault));
  }
  parser.close();
  if (fault !== null || stack.length > 0)
    throw new TruncatedReportError(`ends inside <${stack.at(-1)?.name ?? 'document'}>`);
}

function stringAttributes(attributes: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) if (typeof value === 'string') out[key] = value;
  return out;
}

function describe(error: Error): string {
  return error.message.split('\n')[0] ?? 'XML syntax error';
}

/** An attribute as a whole number, or null when absent or not one. */
export function numberAttribute(element: XmlElement, name: string): number | null {
  const value = element.attributes[name];
  return value !== undefined && /^\s*-?\d+\s*$/.test(value) ? Number(value) : null;
}
