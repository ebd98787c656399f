/**
 * Text keys and a cheap similarity for comparing two revisions of the same document: whitespace and Unicode
 * composition never count as a change, and a fixed typo or a split sentence still looks like the same sentence.
 */

/** The comparison key of a sentence: NFC, every run of whitespace (NBSP included) folded to one space, trimmed. */
export function normalizeSentence(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Character-bigram counts of a normalised, lower-cased text (spaces dropped, so re-spacing costs nothing). */
export interface Bigrams {
  readonly counts: ReadonlyMap<number, number>;
  /** Sum of the counts. */
  readonly total: number;
}

/** Bigram profile of one text; the input should already be normalised. */
export function bigramsOf(text: string): Bigrams {
  const compact = text.toLowerCase().replace(/\s+/gu, '');
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < compact.length; i++) {
    const key = compact.charCodeAt(i) * 65_536 + compact.charCodeAt(i + 1);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (compact.length === 1) counts.set(compact.charCodeAt(0) * 65_536, 1);
  return { counts, total: Math.max(compact.length - 1, compact.length === 1 ? 1 : 0) };
}

/** Sum of several bigram profiles: the profile of the texts read one after another. */
export function sumBigrams(parts: readonly Bigrams[]): Bigrams {
  if (parts.length === 1) return parts[0];
  const counts = new Map<number, number>();
  let sum = 0;
  for (const part of parts) {
    for (const [key, count] of part.counts) counts.set(key, (counts.get(key) ?? 0) + count);
    sum += part.total;
  }
  return { counts, total: sum };
}

/** Dice coefficient of two bigram profiles, 0..1 (1 = same multiset of bigrams). */
export function diceSimilarity(a: Bigrams, b: Bigrams): number {
  const size = a.total + b.total;
  if (size === 0) return 1;
  const [small, large] = a.counts.size <= b.counts.size ? [a.counts, b.counts] : [b.counts, a.counts];
  let shared = 0;
  for (const [key, count] of small) {
    const other = large.get(key);
    if (other !== undefined) shared += Math.min(count, other);
  }
  return (2 * shared) / size;
}
