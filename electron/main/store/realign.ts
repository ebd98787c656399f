/**
 * Realigning the tail of a project from one pair on, keeping confirmed pairs as fixed anchors. Pairs the new
 * alignment reproduces exactly keep their id, origin, notes and flags.
 */
import type { Lexicon } from '../../../shared/lexicon/lexicon';
import type { AlignedPair, SegmentedDocument } from '../../../shared/types';
import { alignDocuments } from './engine';
import type { EditPlan, PlannedPair } from './pair-edits';
import { alignmentRanges, toAlignedPair, type PairRange, type PairRow } from './pairs';

/** The part of a document from sentence `from` on, re-indexed from 0 (text and offsets unchanged). */
export function documentTail(document: SegmentedDocument, from: number): SegmentedDocument {
  const sentences = document.sentences.slice(from);
  const firstParagraph = sentences.length > 0 ? sentences[0].paragraph : document.paragraphs.length;
  return {
    lang: document.lang,
    text: document.text,
    paragraphs: document.paragraphs.slice(firstParagraph).map((p) => ({ ...p, index: p.index - firstParagraph })),
    sentences: sentences.map((s) => ({ ...s, index: s.index - from, paragraph: s.paragraph - firstParagraph })),
  };
}

function shift(pair: AlignedPair, src: number, tgt: number): AlignedPair {
  return { src: pair.src.map((i) => i + src), tgt: pair.tgt.map((i) => i + tgt), score: pair.score };
}

function key(range: PairRange): string {
  return `${range.src.start}:${range.src.end}:${range.tgt.start}:${range.tgt.end}`;
}

/** Plans the realignment of `rows` (a pair and every pair after it). */
export function planRealign(
  rows: readonly PairRow[],
  source: SegmentedDocument,
  target: SegmentedDocument,
  options: { readonly lexicon?: Lexicon; readonly onProgress?: (fraction: number) => void } = {},
): EditPlan {
  const srcFrom = rows[0].src_start;
  const tgtFrom = rows[0].tgt_start;
  const anchors = rows.filter((row) => row.origin === 'confirmed').map((row) => shift(toAlignedPair(row), -srcFrom, -tgtFrom));
  const alignment = alignDocuments(documentTail(source, srcFrom), documentTail(target, tgtFrom), {
    anchors,
    ...(options.lexicon === undefined ? {} : { lexicon: options.lexicon }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  const ranges = alignmentRanges(alignment.pairs, source.sentences.length - srcFrom, target.sentences.length - tgtFrom);
  const existing = new Map(rows.map((row) => [key({ src: { start: row.src_start, end: row.src_end }, tgt: { start: row.tgt_start, end: row.tgt_end } }), row]));
  const next = ranges.map((local, i): PlannedPair => {
    const range: PairRange = {
      src: { start: local.src.start + srcFrom, end: local.src.end + srcFrom },
      tgt: { start: local.tgt.start + tgtFrom, end: local.tgt.end + tgtFrom },
    };
    const score = alignment.pairs[i].score;
    const same = existing.get(key(range));
    return same === undefined
      ? { range, score, origin: 'auto', changedSinceReview: false }
      : { id: same.id, range, score: same.origin === 'confirmed' ? same.score : score, origin: same.origin, changedSinceReview: same.changed_since_review === 1 };
  });
  return { old: rows, next };
}
