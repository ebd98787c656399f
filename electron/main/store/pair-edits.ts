/**
 * The alignment edits as pure functions: given the pairs around the edited one, each returns the new pairs of
 * that region (a pair that keeps its `id` keeps its notes, flags and identity). No SQL here.
 */
import { SverkaError } from '../../../shared/errors';
import type { PairOrigin, Side } from '../../../shared/types';
import type { PairRange, PairRow, Span } from './pairs';
import { rangeOf } from './pairs';

/** One pair of the region after an edit; `id` undefined for a new pair. */
export interface PlannedPair {
  readonly id?: number;
  readonly range: PairRange;
  readonly score: number;
  readonly origin: PairOrigin;
  readonly changedSinceReview: boolean;
}

/** A region of consecutive pairs and what replaces it. */
export interface EditPlan {
  readonly old: readonly PairRow[];
  readonly next: readonly PlannedPair[];
}

function length(span: Span): number {
  return span.end - span.start;
}

function isEmpty(range: PairRange): boolean {
  return length(range.src) === 0 && length(range.tgt) === 0;
}

function withSide(range: PairRange, side: Side, span: Span): PairRange {
  return side === 'src' ? { src: span, tgt: range.tgt } : { src: range.src, tgt: span };
}

function edited(row: PairRow, range: PairRange): PlannedPair {
  return { id: row.id, range, score: row.score, origin: 'edited', changedSinceReview: row.changed_since_review === 1 };
}

/** Merges two consecutive pairs into the first one's id. */
export function planMerge(first: PairRow | undefined, second: PairRow | undefined): EditPlan {
  if (first === undefined || second === undefined) throw new SverkaError('project.edit.noNeighbour');
  const range: PairRange = {
    src: { start: first.src_start, end: second.src_end },
    tgt: { start: first.tgt_start, end: second.tgt_end },
  };
  return {
    old: [first, second],
    next: [{ ...edited(first, range), score: Math.min(first.score, second.score), changedSinceReview: first.changed_since_review === 1 || second.changed_since_review === 1 }],
  };
}

/** Splits a pair in two; `srcCount` and `tgtCount` sentences stay in the first pair (which keeps the id). */
export function planSplit(pair: PairRow, srcCount: number, tgtCount: number): EditPlan {
  const range = rangeOf(pair);
  const valid = (count: number, span: Span): boolean => Number.isInteger(count) && count >= 0 && count <= length(span);
  if (!valid(srcCount, range.src) || !valid(tgtCount, range.tgt)) throw new SverkaError('project.edit.invalidSplit', { id: pair.id });
  const first: PairRange = {
    src: { start: range.src.start, end: range.src.start + srcCount },
    tgt: { start: range.tgt.start, end: range.tgt.start + tgtCount },
  };
  const second: PairRange = { src: { start: first.src.end, end: range.src.end }, tgt: { start: first.tgt.end, end: range.tgt.end } };
  if (isEmpty(first) || isEmpty(second)) throw new SverkaError('project.edit.invalidSplit', { id: pair.id });
  return {
    old: [pair],
    next: [edited(pair, first), { range: second, score: pair.score, origin: 'edited', changedSinceReview: pair.changed_since_review === 1 }],
  };
}

/**
 * Moves the first sentence of a pair's side into the previous pair, or the last one into the next pair. At the
 * start or end of the document the sentence becomes a pair of its own. A pair left empty disappears.
 */
export function planMoveSentence(
  previous: PairRow | undefined,
  pair: PairRow,
  next: PairRow | undefined,
  side: Side,
  which: 'first' | 'last',
): EditPlan {
  const range = rangeOf(pair);
  const span = side === 'src' ? range.src : range.tgt;
  if (length(span) === 0) throw new SverkaError('project.edit.nothingToMove', { id: pair.id });
  const result: PlannedPair[] = [];
  const old: PairRow[] = [];
  if (which === 'first') {
    const shrunk = withSide(range, side, { start: span.start + 1, end: span.end });
    if (previous !== undefined) {
      const prevRange = rangeOf(previous);
      const prevSpan = side === 'src' ? prevRange.src : prevRange.tgt;
      old.push(previous);
      result.push(edited(previous, withSide(prevRange, side, { start: prevSpan.start, end: prevSpan.end + 1 })));
    } else {
      const other = side === 'src' ? range.tgt.start : range.src.start;
      const alone: PairRange = side === 'src'
        ? { src: { start: span.start, end: span.start + 1 }, tgt: { start: other, end: other } }
        : { src: { start: other, end: other }, tgt: { start: span.start, end: span.start + 1 } };
      result.push({ range: alone, score: 0, origin: 'edited', changedSinceReview: false });
    }
    old.push(pair);
    if (!isEmpty(shrunk)) result.push(edited(pair, shrunk));
  } else {
    const shrunk = withSide(range, side, { start: span.start, end: span.end - 1 });
    old.push(pair);
    if (!isEmpty(shrunk)) result.push(edited(pair, shrunk));
    if (next !== undefined) {
      const nextRange = rangeOf(next);
      const nextSpan = side === 'src' ? nextRange.src : nextRange.tgt;
      old.push(next);
      result.push(edited(next, withSide(nextRange, side, { start: nextSpan.start - 1, end: nextSpan.end })));
    } else {
      const other = side === 'src' ? range.tgt.end : range.src.end;
      const alone: PairRange = side === 'src'
        ? { src: { start: span.end - 1, end: span.end }, tgt: { start: other, end: other } }
        : { src: { start: other, end: other }, tgt: { start: span.end - 1, end: span.end } };
      result.push({ range: alone, score: 0, origin: 'edited', changedSinceReview: false });
    }
  }
  return { old, next: result };
}

/**
 * Gives the pair's `side` sentences an empty counterpart: the pair keeps them alone and the other side's
 * sentences become a pair of their own (source-only pairs come first).
 */
export function planInsertEmpty(pair: PairRow, side: Side): EditPlan {
  const range = rangeOf(pair);
  if (length(range.src) === 0 || length(range.tgt) === 0) throw new SverkaError('project.edit.alreadyUnpaired', { id: pair.id });
  const srcOnly: PairRange = { src: range.src, tgt: { start: range.tgt.start, end: range.tgt.start } };
  const tgtOnly: PairRange = { src: { start: range.src.end, end: range.src.end }, tgt: range.tgt };
  const fresh = (r: PairRange): PlannedPair => ({ range: r, score: 0, origin: 'edited', changedSinceReview: false });
  return {
    old: [pair],
    next: side === 'src' ? [edited(pair, srcOnly), fresh(tgtOnly)] : [fresh(srcOnly), edited(pair, tgtOnly)],
  };
}
