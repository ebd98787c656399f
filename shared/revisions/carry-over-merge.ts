/**
 * The second half of carrying an alignment over to a new revision: cut each gap out as a small pair of
 * documents, let the aligner align it, and merge the results back between the surviving pairs. Old pairs that
 * the realignment reproduces exactly get their id back; otherwise their notes and reviews go to the new pair
 * that holds their sentences (which also takes the id of the first of them whose sentences it holds whole).
 */
import type { AlignedPair, Alignment, SegmentedDocument, Side } from '../types';
import {
  planCarryOver,
  type CarryOverOptions,
  type CarryOverPlan,
  type CarryPairInput,
  type RealignGap,
  type UpdatedPair,
} from './carry-over-alignment';
import type { SentenceMatch } from './match-revisions';

/** Aligns two (small) documents; `(s, t) => alignDocuments(s, t, { lexicon })` in the app. */
export type AlignFunction = (src: SegmentedDocument, tgt: SegmentedDocument) => Alignment;

/** The new alignment and the plan it came from. */
export interface CarryOverResult {
  readonly pairs: readonly UpdatedPair[];
  readonly plan: CarryOverPlan;
}

/** A document holding only the given sentences (renumbered from 0; offsets still point into the full text). */
export function subDocument(doc: SegmentedDocument, indices: readonly number[]): SegmentedDocument {
  const paragraphIndex = new Map<number, number>();
  const paragraphs: Array<SegmentedDocument['paragraphs'][number]> = [];
  const sentences = indices.map((i, k) => {
    const sentence = doc.sentences[i];
    let paragraph = paragraphIndex.get(sentence.paragraph);
    if (paragraph === undefined) {
      paragraph = paragraphs.length;
      paragraphIndex.set(sentence.paragraph, paragraph);
      const original = doc.paragraphs[sentence.paragraph];
      paragraphs.push(original ? { ...original, index: paragraph } : { index: paragraph, kind: 'paragraph', start: sentence.start, end: sentence.end });
    }
    return { ...sentence, index: k, paragraph };
  });
  return { lang: doc.lang, text: doc.text, paragraphs, sentences };
}

/** The two documents to align for one gap. */
export function gapDocuments(
  gap: RealignGap,
  src: SegmentedDocument,
  tgt: SegmentedDocument,
): { readonly src: SegmentedDocument; readonly tgt: SegmentedDocument } {
  return { src: subDocument(src, gap.src), tgt: subDocument(tgt, gap.tgt) };
}

/** Align one gap: one-sided gaps need no aligner (every sentence stands alone). */
export function alignGap(gap: RealignGap, src: SegmentedDocument, tgt: SegmentedDocument, align: AlignFunction): Alignment {
  if (gap.src.length === 0 || gap.tgt.length === 0) {
    return {
      pairs: [
        ...gap.src.map((_, i) => ({ src: [i], tgt: [], score: 1 })),
        ...gap.tgt.map((_, j) => ({ src: [], tgt: [j], score: 1 })),
      ],
    };
  }
  const documents = gapDocuments(gap, src, tgt);
  return align(documents.src, documents.tgt);
}

/** Merge the gaps' alignments (in `plan.gaps` order, gap-local indices) with the surviving pairs. */
export function mergeCarryOver(plan: CarryOverPlan, gapAlignments: readonly Alignment[]): UpdatedPair[] {
  if (gapAlignments.length !== plan.gaps.length) throw new Error('mergeCarryOver: one alignment per gap expected');
  const merged: UpdatedPair[] = [];
  for (const item of plan.layout) {
    if (item.kind === 'pair') merged.push(item.pair);
    else for (const pair of attachRecords(plan.gaps[item.gap], gapAlignments[item.gap])) merged.push(pair);
  }
  for (const pair of plan.crossing) {
    const at = merged.findIndex((other) => other.src.length > 0 && other.src[0] > pair.src[0]);
    merged.splice(at < 0 ? merged.length : at, 0, pair);
  }
  return merged;
}

/** Plan, realign every gap with `align`, merge: the whole carry-over in one call. */
export function carryOverAlignment(
  pairs: readonly CarryPairInput[],
  match: SentenceMatch,
  side: Side,
  documents: { readonly src: SegmentedDocument; readonly tgt: SegmentedDocument },
  align: AlignFunction,
  options: CarryOverOptions = {},
): CarryOverResult {
  const plan = planCarryOver(pairs, match, side, options);
  const alignments = plan.gaps.map((gap) => alignGap(gap, documents.src, documents.tgt, align));
  return { pairs: mergeCarryOver(plan, alignments), plan };
}

const keyOf = (pair: Pick<AlignedPair, 'src' | 'tgt'>): string => `${pair.src.join(',')}|${pair.tgt.join(',')}`;

/** Gap beads in new indices, each with the record it restores or the old pairs it inherits. */
function attachRecords(gap: RealignGap, alignment: Alignment): UpdatedPair[] {
  const beads = alignment.pairs.map((bead) => ({
    src: bead.src.map((i) => at(gap.src, i)),
    tgt: bead.tgt.map((j) => at(gap.tgt, j)),
    score: bead.score,
  }));
  checkCoverage(gap, beads);
  const releasedByKey = new Map(gap.released.map((pair) => [keyOf(pair), pair]));
  const restored = new Set<UpdatedPair>();
  for (const bead of beads) {
    const pair = releasedByKey.get(keyOf(bead));
    if (pair) restored.add(pair);
  }
  // Each old pair not restored goes, with its notes, to the first new bead holding one of its sentences.
  const heirOf = new Map<string, UpdatedPair>();
  for (const pair of gap.released) {
    if (restored.has(pair)) continue;
    for (const [side, index] of [...pair.src.map((i) => ['src', i] as const), ...pair.tgt.map((j) => ['tgt', j] as const)]) {
      if (!heirOf.has(`${side}${index}`)) heirOf.set(`${side}${index}`, pair);
    }
  }
  const inherited = new Set<UpdatedPair>();
  const reviewed = new Set(gap.reviewed);
  return beads.map((bead): UpdatedPair => {
    const same = releasedByKey.get(keyOf(bead));
    if (same) return same;
    const heirs: UpdatedPair[] = [];
    for (const [side, indices] of [['src', bead.src], ['tgt', bead.tgt]] as const) {
      for (const index of indices) {
        const pair = heirOf.get(`${side}${index}`);
        if (pair && !inherited.has(pair)) {
          inherited.add(pair);
          heirs.push(pair);
        }
      }
    }
    const ids = heirs.flatMap((pair) => [pair.id as number, ...pair.inherits]);
    // The first old pair whose surviving sentences all stay together in the bead lends it its id.
    const owner = heirs.find((pair) => pair.src.every((i) => bead.src.includes(i)) && pair.tgt.every((j) => bead.tgt.includes(j)));
    const inherits = owner ? ids.filter((id) => id !== owner.id) : ids;
    return {
      ...(owner ? { id: owner.id } : {}),
      src: bead.src,
      tgt: bead.tgt,
      score: bead.score,
      origin: 'auto',
      changedSinceReview: heirs.some((pair) => pair.changedSinceReview) || inherits.some((id) => reviewed.has(id)),
      change: 'realigned',
      recheck: true,
      inherits,
    };
  });
}

function at(indices: readonly number[], local: number): number {
  const global = indices[local];
  if (global === undefined) throw new Error(`mergeCarryOver: sentence ${local} is outside the gap`);
  return global;
}

/** The aligner must cover every sentence of the gap exactly once. */
function checkCoverage(gap: RealignGap, beads: ReadonlyArray<Pick<AlignedPair, 'src' | 'tgt'>>): void {
  const count = (side: 'src' | 'tgt'): number => beads.reduce((n, bead) => n + bead[side].length, 0);
  const unique = (side: 'src' | 'tgt'): number => new Set(beads.flatMap((bead) => bead[side])).size;
  if (count('src') !== gap.src.length || unique('src') !== gap.src.length || count('tgt') !== gap.tgt.length || unique('tgt') !== gap.tgt.length) {
    throw new Error('mergeCarryOver: the gap alignment does not cover each sentence exactly once');
  }
}
