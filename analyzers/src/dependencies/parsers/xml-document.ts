import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MalformedManifestError } from '../malformed-manifest-error.ts';
import type { JsonObject } from './json-object.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: false,
});

/** Parses an XML file (validated first: the parser itself forgives unclosed tags). */
export function parseXml(text: string): JsonObject {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new MalformedManifestError(`not valid XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  return parser.parse(text) as JsonObject;
}

/** An element that may occur once or many times, as a list. */
export function many(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

/** The text of an element, whether or not it has attributes. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && '#text' in value) return String(value['#text']);
  return null;
}
