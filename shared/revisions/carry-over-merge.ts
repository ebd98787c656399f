/**
 * The second half of carrying an alignment over to a new revision: cut each gap out as a small pair of
 * documents, let the aligner align it, and merge the results back between the surviving pairs. Old pairs that
 * the realignment reproduces exactly get their id back; otherwise their notes and reviews go to the new pair
 * that holds their sentences (which also takes the id of the first of them whose sentences of one side it holds).
 */
import type { AlignedPair, Alignment, Paragraph, SegmentedDocument, Sentence, Side } from '../types';
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

/**
 * A document holding only the given sentences, renumbered from 0, with a text of its own (sentences joined by a
 * space, paragraphs by a blank line) so that consumers reading offsets or the whole text see only them.
 */
export function subDocument(doc: SegmentedDocument, indices: readonly number[]): SegmentedDocument {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let text = '';
  let lastParagraph = -1;
  for (const i of indices) {
    const sentence = doc.sentences[i];
    if (sentence.paragraph !== lastParagraph) {
      if (text) text += '\n\n';
      lastParagraph = sentence.paragraph;
      const kind = doc.paragraphs[sentence.paragraph]?.kind ?? 'paragraph';
      paragraphs.push({ index: paragraphs.length, kind, start: text.length, end: text.length });
    } else {
      text += ' ';
    }
    const start = text.length;
    text += sentence.text;
    sentences.push({ index: sentences.length, text: sentence.text, paragraph: paragraphs.length - 1, start, end: text.length });
    paragraphs[paragraphs.length - 1] = { ...paragraphs[paragraphs.length - 1], end: text.length };
  }
  return { lang: doc.lang, text, paragraphs, sentences };
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
  const beadsOf = plan.gaps.map((gap, k) => globalBeads(gap, gapAlignments[k]));
  const heirs = new Heirs(plan.gaps, beadsOf);
  const merged: UpdatedPair[] = [];
  for (const item of plan.layout) {
    if (item.kind === 'pair') merged.push(item.pair);
    else for (const bead of beadsOf[item.gap]) merged.push(heirs.recordFor(bead));
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

/** A gap's beads in new (document) indices, checked to cover the gap exactly. */
function globalBeads(gap: RealignGap, alignment: Alignment): AlignedPair[] {
  const beads = alignment.pairs.map((bead) => ({
    src: bead.src.map((i) => at(gap.src, i)),
    tgt: bead.tgt.map((j) => at(gap.tgt, j)),
    score: bead.score,
  }));
  checkCoverage(gap, beads);
  return beads;
}

/**
 * Who gets the records of the old pairs released into gaps. An old pair the realignment reproduces exactly is
 * restored as it was; any other goes, with its notes and flag reviews, to the first new bead (in document order)
 * holding one of its sentences, and lends that bead its id when the bead holds all its sentences of one side.
 */
class Heirs {
  readonly #byKey = new Map<string, UpdatedPair>();
  readonly #bySentence = new Map<string, UpdatedPair>();
  readonly #reviewed: ReadonlySet<number>;
  readonly #placed = new Set<number>();

  constructor(gaps: readonly RealignGap[], beadsOf: ReadonlyArray<readonly AlignedPair[]>) {
    this.#reviewed = new Set(gaps.flatMap((gap) => gap.reviewed));
    for (const gap of gaps) for (const pair of gap.released) this.#byKey.set(keyOf(pair), pair);
    const reproduced = new Set<number>();
    for (const beads of beadsOf) for (const bead of beads) {
      const same = this.#byKey.get(keyOf(bead));
      if (same) reproduced.add(same.id as number);
    }
    for (const gap of gaps) {
      for (const pair of gap.released) {
        if (reproduced.has(pair.id as number)) continue;
        for (const index of pair.src) if (!this.#bySentence.has(`s${index}`)) this.#bySentence.set(`s${index}`, pair);
        for (const index of pair.tgt) if (!this.#bySentence.has(`t${index}`)) this.#bySentence.set(`t${index}`, pair);
      }
    }
  }

  /** The record of one realigned bead; call in document order. */
  recordFor(bead: AlignedPair): UpdatedPair {
    const same = this.#byKey.get(keyOf(bead));
    if (same && !this.#placed.has(same.id as number)) {
      this.#placed.add(same.id as number);
      return same;
    }
    const heirs: UpdatedPair[] = [];
    for (const key of [...bead.src.map((i) => `s${i}`), ...bead.tgt.map((j) => `t${j}`)]) {
      const pair = this.#bySentence.get(key);
      if (pair && !this.#placed.has(pair.id as number)) {
        this.#placed.add(pair.id as number);
        heirs.push(pair);
      }
    }
    const ids = heirs.flatMap((pair) => [pair.id as number, ...pair.inherits]);
    const holds = (pair: UpdatedPair): boolean =>
      (pair.src.length > 0 && pair.src.every((i) => bead.src.includes(i))) ||
      (pair.tgt.length > 0 && pair.tgt.every((j) => bead.tgt.includes(j)));
    const owner = heirs.find(holds);
    return {
      ...(owner ? { id: owner.id } : {}),
      src: bead.src,
      tgt: bead.tgt,
      score: bead.score,
      origin: 'auto',
      changedSinceReview: heirs.some((pair) => pair.changedSinceReview) || ids.some((id) => this.#reviewed.has(id)),
      change: 'realigned',
      recheck: true,
      inherits: owner ? ids.filter((id) => id !== owner.id) : ids,
    };
  }
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
