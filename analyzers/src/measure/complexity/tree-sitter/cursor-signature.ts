import type { UnitSite } from './language-rules.ts';

/** What a unit rule reads from a declaration's fields. */
export interface Signature {
  name: string | null;
  object: string | null;
  /** Named children of the `parameters` field of the wanted types. */
  params: number;
}

/**
 * Reads the `name`, `object` and `parameters` fields of the node under the cursor with the cursor
 * alone (node objects cost several times more), as `childForFieldName` would: the first child in
 * each field. The cursor ends where it started.
 */
export function readSignature(site: UnitSite, parameterTypes: ReadonlySet<string>): Signature {
  const { cursor, source, types } = site;
  const found: Signature = { name: null, object: null, params: 0 };
  let sawParameters = false;
  if (!cursor.gotoFirstChild()) return found;
  do {
    const field = types.field(cursor);
    if ((field === 'name' || field === 'object') && found[field] === null) {
      found[field] = source.slice(cursor.startIndex, cursor.endIndex);
    } else if (field === 'parameters' && !sawParameters) {
      sawParameters = true;
      found.params = countNamedChildren(site, parameterTypes);
    }
  } while (cursor.gotoNextSibling());
  cursor.gotoParent();
  return found;
}

function countNamedChildren(site: UnitSite, wanted: ReadonlySet<string>): number {
  const { cursor, types } = site;
  let count = 0;
  if (!cursor.gotoFirstChild()) return count;
  do {
    const child = types.at(cursor);
    if (child.named && wanted.has(child.type)) count += 1;
  } while (cursor.gotoNextSibling());
  cursor.gotoParent();
  return count;
}

/** The name used for functions that have none: `<anonymous@LINE>`, as `anonymousName` gives. */
export function anonymousAtCursor(site: UnitSite): string {
  return `<anonymous@${site.cursor.startPosition.row + 1}>`;
}
