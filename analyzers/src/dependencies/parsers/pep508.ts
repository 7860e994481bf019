/** A requirement of PEP 508 (`name[extra] >=1,<2 ; python_version < "3.9"`), or null for none. */
export interface Requirement {
  name: string;
  /** The version specifier as written (`>=1,<2`), NULL when any version will do. */
  specifier: string | null;
  /** Set when the specifier pins one exact version (`==1.2.3`). */
  pinned: string | null;
}

// PEP 508's name rule: letters, digits, and . _ - inside.
const requirement =
  /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(\(?[^;@]*?\)?)\s*(?:;.*)?$/;

export function parseRequirement(line: string): Requirement | null {
  const match = requirement.exec(line.trim());
  if (!match?.[1]) return null;
  const specifier = (match[2] ?? '').replace(/^\(|\)$/g, '').replace(/\s+/g, '') || null;
  const pinned = specifier !== null && /^===?[^,*]+$/.test(specifier) ? specifier.replace(/^===?/, '') : null;
  return { name: match[1], specifier, pinned };
}
