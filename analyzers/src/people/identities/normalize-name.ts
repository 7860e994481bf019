/**
 * A name reduced to what survives typing it differently: Unicode compatibility forms, accents,
 * case, whitespace and punctuation removed. `José  O'Brien-Smith` and `jose obriensmith` are equal.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
