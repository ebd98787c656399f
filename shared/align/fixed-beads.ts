/**
 * Confirmed beads (anchors) that an alignment must keep as they are, and the rectangles between them that are
 * left to the search.
 */
import type { AlignedPair } from '../types';
import type { Rect } from './band';

/** An anchor placed in the matrix: it starts at source boundary i and target boundary j. */
export interface FixedBead {
  readonly i: number;
  readonly j: number;
  readonly a: number;
  readonly b: number;
  readonly pair: AlignedPair;
}

function isRun(indices: readonly number[], count: number): boolean {
  return indices.every((value, k) => Number.isInteger(value) && value >= 0 && value < count && (k === 0 || value === (indices[k - 1] as number) + 1));
}

/**
 * Places anchors in document order. Each side of an anchor must be a run of consecutive sentences, and the
 * anchors must not overlap or cross. Anchors with both sides are sorted; when some anchor has an empty side,
 * the anchors must come in document order (an empty side has no position of its own: it sits right after the
 * previous anchor on that side).
 */
export function fixedBeads(anchors: readonly AlignedPair[], srcCount: number, tgtCount: number): FixedBead[] {
  const usable = anchors.filter((pair) => pair.src.length > 0 || pair.tgt.length > 0);
  for (const pair of usable) {
    if (!isRun(pair.src, srcCount) || !isRun(pair.tgt, tgtCount)) throw new Error('alignment anchor is not a run of existing sentences');
  }
  const sorted = usable.every((pair) => pair.src.length > 0 && pair.tgt.length > 0)
    ? [...usable].sort((x, y) => (x.src[0] as number) - (y.src[0] as number))
    : usable;
  const result: FixedBead[] = [];
  let i = 0;
  let j = 0;
  for (const pair of sorted) {
    const startI = pair.src[0] ?? i;
    const startJ = pair.tgt[0] ?? j;
    if (startI < i || startJ < j) throw new Error('alignment anchors overlap or cross');
    result.push({ i: startI, j: startJ, a: pair.src.length, b: pair.tgt.length, pair });
    i = startI + pair.src.length;
    j = startJ + pair.tgt.length;
  }
  return result;
}

/** The rectangles before, between and after the fixed beads. */
export function segmentsBetween(fixed: readonly FixedBead[], srcCount: number, tgtCount: number): Rect[] {
  const rects: Rect[] = [];
  let i = 0;
  let j = 0;
  for (const bead of fixed) {
    if (bead.i > i || bead.j > j) rects.push({ i0: i, i1: bead.i, j0: j, j1: bead.j });
    i = bead.i + bead.a;
    j = bead.j + bead.b;
  }
  if (srcCount > i || tgtCount > j) rects.push({ i0: i, i1: srcCount, j0: j, j1: tgtCount });
  return rects;
}
