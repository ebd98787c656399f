/**
 * Two translations of the same original, each aligned to it: cut the original where both alignments allow,
 * and show for each piece the word-level difference between the first and the second translation.
 */
import type { AlignedPair, SegmentedDocument } from '../types';
import { wordDiff, type DiffSegment } from './word-diff';

/** One translation and its alignment to the original (pairs in document order, original on the `src` side). */
export interface AlignedTranslation {
  readonly document: Pick<SegmentedDocument, 'sentences'>;
  readonly pairs: ReadonlyArray<Pick<AlignedPair, 'src' | 'tgt'>>;
}

/** A piece of the original with both translations of it and how they differ. */
export interface TranslationDiffRow {
  /** Original sentence indices. */
  readonly src: readonly number[];
  /** Sentence indices in the first and in the second translation. */
  readonly first: readonly number[];
  readonly second: readonly number[];
  /** Word diff from the first translation to the second. */
  readonly segments: readonly DiffSegment[];
  /** True when both translations read the same (up to whitespace). */
  readonly identical: boolean;
}

/** Compare two translations of an original with `sourceCount` sentences, row by row. */
export function diffTranslations(sourceCount: number, first: AlignedTranslation, second: AlignedTranslation): TranslationDiffRow[] {
  // A cut after original sentence s is allowed when neither alignment has a pair spanning s and s + 1.
  const spans = new Uint8Array(Math.max(sourceCount - 1, 0));
  for (const translation of [first, second]) {
    for (const pair of translation.pairs) {
      for (let k = 0; k + 1 < pair.src.length; k++) {
        for (let s = Math.min(pair.src[k], pair.src[k + 1]); s < Math.max(pair.src[k], pair.src[k + 1]); s++) spans[s] = 1;
      }
    }
  }
  const rowOf = new Int32Array(sourceCount);
  let rows = sourceCount > 0 ? 1 : 0;
  for (let s = 1; s < sourceCount; s++) {
    if (!spans[s - 1]) rows++;
    rowOf[s] = rows - 1;
  }
  const src: number[][] = Array.from({ length: Math.max(rows, 1) }, () => []);
  for (let s = 0; s < sourceCount; s++) src[rowOf[s]].push(s);
  const gather = (translation: AlignedTranslation): number[][] => {
    const sentences: number[][] = src.map(() => []);
    let row = 0;
    for (const pair of translation.pairs) {
      if (pair.src.length) row = rowOf[Math.min(...pair.src)];
      sentences[row].push(...pair.tgt);
    }
    return sentences.map((indices) => indices.sort((a, b) => a - b));
  };
  const firstRows = gather(first);
  const secondRows = gather(second);
  const textOf = (translation: AlignedTranslation, indices: readonly number[]): string =>
    indices.map((i) => translation.document.sentences[i].text).join(' ');
  return src
    .map((indices, row): TranslationDiffRow => {
      const before = textOf(first, firstRows[row]);
      const after = textOf(second, secondRows[row]);
      const identical = before.replace(/\s+/gu, ' ').trim() === after.replace(/\s+/gu, ' ').trim();
      return { src: indices, first: firstRows[row], second: secondRows[row], segments: wordDiff(before, after), identical };
    })
    .filter((row) => row.src.length || row.first.length || row.second.length);
}
