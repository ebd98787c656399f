/**
 * Text keys and a cheap similarity for comparing two revisions of the same document: whitespace and Unicode
 * composition never count as a change, and a fixed typo or a split sentence still looks like the same sentence.
 */

/** The comparison key of a sentence: NFC, every run of whitespace (NBSP included) folded to one space, trimmed. */
export function normalizeSentence(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * The character bigrams of a normalised, lower-cased text (spaces dropped, so re-spacing costs nothing), as a
 * sorted multiset of codes: comparing two profiles is one merge walk, with no maps to build or collect.
 */
export interface Bigrams {
  /** Bigram codes (first UTF-16 unit × 65,536 + second), sorted ascending, repeated as often as they occur. */
  readonly codes: Uint32Array;
  /** Number of codes. */
  readonly total: number;
}

/** Bigram profile of one text; the input should already be normalised (single spaces, which are skipped). */
export function bigramsOf(text: string): Bigrams {
  const lower = text.toLowerCase();
  const codes = new Uint32Array(Math.max(lower.length - 1, 1));
  let count = 0;
  let previous = -1;
  let letters = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code === 32) continue;
    letters++;
    if (previous >= 0) codes[count++] = previous * 65_536 + code;
    previous = code;
  }
  if (letters === 1) codes[count++] = previous * 65_536;
  const used = codes.subarray(0, count).sort();
  return { codes: used, total: count };
}

/** Sum of several bigram profiles: the profile of the texts read one after another. */
export function sumBigrams(parts: readonly Bigrams[]): Bigrams {
  if (parts.length === 1) return parts[0];
  const codes = new Uint32Array(parts.reduce((n, part) => n + part.total, 0));
  let at = 0;
  for (const part of parts) {
    codes.set(part.codes, at);
    at += part.total;
  }
  codes.sort();
  return { codes, total: codes.length };
}

/** Dice coefficient of two bigram profiles, 0..1 (1 = same multiset of bigrams). */
export function diceSimilarity(a: Bigrams, b: Bigrams): number {
  const size = a.total + b.total;
  if (size === 0) return 1;
  const x = a.codes;
  const y = b.codes;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return (2 * shared) / size;
}
