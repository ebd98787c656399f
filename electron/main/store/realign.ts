/**
 * Realigning a project from one pair on, up to the next confirmed pair (a fixed anchor the alignment cannot cross,
 * so nothing beyond it could change). Pairs the new alignment reproduces exactly keep their id, origin, notes and
 * flags.
 */
import { unitedLexicon } from '../../../shared/divergence/united-lexicon';
import type { Glossary } from '../../../shared/glossary/glossary';
import { glossaryLexicon } from '../../../shared/glossary/glossary-lexicon';
import type { Lexicon } from '../../../shared/lexicon/lexicon';
import type { AlignedPair, SegmentedDocument } from '../../../shared/types';
import { alignDocuments } from './engine';
import type { EditPlan, PlannedPair } from './pair-edits';
import { alignmentRanges, toAlignedPair, type PairRange, type PairRow } from './pairs';

/** Sentences `from` to `to` (excluded) of a document, re-indexed from 0 (text and offsets unchanged). */
export function documentSlice(document: SegmentedDocument, from: number, to: number = document.sentences.length): SegmentedDocument {
  const sentences = document.sentences.slice(from, to);
  if (sentences.length === 0) return { lang: document.lang, text: document.text, paragraphs: [], sentences: [] };
  const firstParagraph = sentences[0].paragraph;
  const lastParagraph = sentences[sentences.length - 1].paragraph;
  return {
    lang: document.lang,
    text: document.text,
    paragraphs: document.paragraphs.slice(firstParagraph, lastParagraph + 1).map((p) => ({ ...p, index: p.index - firstParagraph })),
    sentences: sentences.map((s) => ({ ...s, index: s.index - from, paragraph: s.paragraph - firstParagraph })),
  };
}

function shift(pair: AlignedPair, src: number, tgt: number): AlignedPair {
  return { src: pair.src.map((i) => i + src), tgt: pair.tgt.map((i) => i + tgt), score: pair.score };
}

function key(range: PairRange): string {
  return `${range.src.start}:${range.src.end}:${range.tgt.start}:${range.tgt.end}`;
}

/**
 * Plans the realignment of `rows`: consecutive pairs (a pair and those after it up to the next confirmed pair, see
 * pairsUntilConfirmed). Only their sentences are aligned again, so the cost depends on the stretch, not on the
 * project; confirmed pairs among them are kept as anchors.
 */
export function planRealign(
  rows: readonly PairRow[],
  source: SegmentedDocument,
  target: SegmentedDocument,
  options: { readonly lexicon?: Lexicon; readonly glossary?: Glossary; readonly onProgress?: (fraction: number) => void } = {},
): EditPlan {
  // The project's glossary terms guide the aligner as extra lexicon entries.
  const lexicon = options.glossary === undefined ? options.lexicon : unitedLexicon([options.lexicon, glossaryLexicon(options.glossary)]);
  const srcFrom = rows[0].src_start;
  const tgtFrom = rows[0].tgt_start;
  const srcTo = rows[rows.length - 1].src_end;
  const tgtTo = rows[rows.length - 1].tgt_end;
  const anchors = rows.filter((row) => row.origin === 'confirmed').map((row) => shift(toAlignedPair(row), -srcFrom, -tgtFrom));
  const alignment = alignDocuments(documentSlice(source, srcFrom, srcTo), documentSlice(target, tgtFrom, tgtTo), {
    anchors,
    ...(lexicon === undefined ? {} : { lexicon }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  const ranges = alignmentRanges(alignment.pairs, srcTo - srcFrom, tgtTo - tgtFrom);
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
