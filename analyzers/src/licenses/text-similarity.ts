/** Word bigrams of a normalised text, counted (a multiset). */
export interface Bigrams {
  counts: Map<string, number>;
  total: number;
}

export function wordBigrams(words: readonly string[]): Bigrams {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < words.length; i += 1) {
    const bigram = `${words[i]} ${words[i + 1]}`;
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  return { counts, total: Math.max(0, words.length - 1) };
}

/** Sørensen–Dice coefficient of two bigram multisets: 2|A ∩ B| / (|A| + |B|), 0 to 1. */
export function diceCoefficient(a: Bigrams, b: Bigrams): number {
  if (a.total + b.total === 0) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [bigram, count] of small.counts) shared += Math.min(count, large.counts.get(bigram) ?? 0);
  return (2 * shared) / (a.total + b.total);
}

/** The best Dice coefficient two multisets of these sizes could reach. */
export function diceUpperBound(a: Bigrams, b: Bigrams): number {
  return a.total + b.total === 0 ? 0 : (2 * Math.min(a.total, b.total)) / (a.total + b.total);
}
