/**
 * The alignment and divergence engines the store calls when an edit or a realignment changes pairs.
 *
 * TEMPORARY: minimal local fallbacks until `shared/align/align-documents.ts`, `shared/divergence/check-divergences.ts`
 * and `electron/main/lexicon/load-lexicon.ts` land; then this file only re-exports them.
 */
import type { Lexicon } from '../../../shared/lexicon/lexicon';
import type { AlignedPair, Alignment, Flag, LangCode, SegmentedDocument } from '../../../shared/types';

/** Options of `alignDocuments` (agreed signature). */
export interface AlignOptions {
  readonly lexicon?: Lexicon;
  readonly anchors?: readonly AlignedPair[];
  readonly onProgress?: (fraction: number) => void;
}

/** Input of `checkDivergences` (agreed signature). */
export interface CheckInput {
  readonly source: SegmentedDocument;
  readonly target: SegmentedDocument;
  readonly pairs: readonly AlignedPair[];
  readonly lexicon?: Lexicon;
}

/** Fallback aligner: 1-1 between anchors, leftovers unpaired. */
export function alignDocuments(src: SegmentedDocument, tgt: SegmentedDocument, options: AlignOptions = {}): Alignment {
  const pairs: AlignedPair[] = [];
  let s = 0;
  let t = 0;
  const fill = (sEnd: number, tEnd: number): void => {
    while (s < sEnd && t < tEnd) pairs.push({ src: [s++], tgt: [t++], score: 0.5 });
    while (s < sEnd) pairs.push({ src: [s++], tgt: [], score: 0 });
    while (t < tEnd) pairs.push({ src: [], tgt: [t++], score: 0 });
  };
  for (const anchor of options.anchors ?? []) {
    const sStart = anchor.src.length > 0 ? anchor.src[0] : s;
    const tStart = anchor.tgt.length > 0 ? anchor.tgt[0] : t;
    fill(sStart, tStart);
    pairs.push(anchor);
    s = sStart + anchor.src.length;
    t = tStart + anchor.tgt.length;
  }
  fill(src.sentences.length, tgt.sentences.length);
  options.onProgress?.(1);
  return { pairs };
}

/** Fallback checker: flags pairs with an empty side as unaligned. */
export function checkDivergences(input: CheckInput): Flag[] {
  const flags: Flag[] = [];
  input.pairs.forEach((pair, index) => {
    if (pair.tgt.length === 0) {
      flags.push({ kind: 'unaligned', severity: 'warning', pair: index, side: 'src', sentence: pair.src[0], messageKey: 'unaligned.source', params: {} });
    } else if (pair.src.length === 0) {
      flags.push({ kind: 'unaligned', severity: 'warning', pair: index, side: 'tgt', sentence: pair.tgt[0], messageKey: 'unaligned.target', params: {} });
    }
  });
  return flags;
}

/** Fallback lexicon loader: none. */
export function loadLexicon(_srcLang: LangCode, _tgtLang: LangCode): Lexicon | undefined {
  return undefined;
}
