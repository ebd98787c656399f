/**
 * The search band: for each DP row (number of source sentences consumed) the range of target positions the
 * search may visit. It follows a path through high-confidence word matches (rare tokens that hit exactly one
 * sentence on each side), not the diagonal, so deletions and merges far from the diagonal stay inside.
 */
import type { Evidence } from './evidence';

/** A rectangle of the alignment matrix: source rows i0..i1, target columns j0..j1 (boundaries, inclusive). */
export interface Rect {
  readonly i0: number;
  readonly i1: number;
  readonly j0: number;
  readonly j1: number;
}

/** Allowed target range per row of a rectangle: row i (i0..i1) may visit j in lo[i - i0] .. hi[i - i0]. */
export interface Band {
  readonly rect: Rect;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  /** Cell offset of each row in flat per-cell arrays; offset[rows] is the cell count. */
  readonly offset: Int32Array;
}

/** A sentence pair that shares rare evidence, with its strength. */
export interface AnchorCandidate {
  readonly s: number;
  readonly t: number;
  readonly weight: number;
}

/**
 * The sentence pairs one side proposes, grouped by its own sentence: the proposals of sentence s are entries
 * start[s] .. start[s + 1] − 1 of `other` (an other-side sentence) and `weight`.
 */
interface Proposals {
  readonly start: Int32Array;
  readonly other: Int32Array;
  readonly weight: Float64Array;
}

/**
 * For each sentence of a side, the other-side sentences its tokens with at most `maxHits` hits hit, each weighted by
 * the sum of 1 / hits over those tokens. Accumulated per sentence in typed arrays (a map over all pairs cost more
 * than the rest of the chain).
 */
function proposeAnchors(side: Evidence['src'], otherCount: number, maxHits: number): Proposals {
  const start = new Int32Array(side.sentenceCount + 1);
  let other = new Int32Array(1024);
  let weight = new Float64Array(1024);
  let size = 0;
  // The entry of other-side sentence o for the current sentence, when it is at least the sentence's first entry.
  const entryOf = new Int32Array(otherCount).fill(-1);
  for (let s = 0; s < side.sentenceCount; s++) {
    const first = size;
    for (let k = side.selStart[s] as number; k < (side.selStart[s + 1] as number); k++) {
      const from = side.hitFrom[k] as number;
      const count = (side.hitTo[k] as number) - from;
      if (count > maxHits) continue;
      for (let h = from; h < from + count; h++) {
        const o = side.hits[h] as number;
        let at = entryOf[o] as number;
        if (at < first) {
          if (size === other.length) {
            const grownOther = new Int32Array(size * 2);
            grownOther.set(other);
            other = grownOther;
            const grownWeight = new Float64Array(size * 2);
            grownWeight.set(weight);
            weight = grownWeight;
          }
          at = size++;
          entryOf[o] = at;
          other[at] = o;
          weight[at] = 0;
        }
        weight[at] = (weight[at] as number) + 1 / count;
      }
    }
    start[s + 1] = size;
  }
  return { start, other: other.subarray(0, size), weight: weight.subarray(0, size) };
}

/** The same proposals grouped by the other side's sentence (a counting sort; each group keeps its order). */
function groupByOther(proposals: Proposals, otherCount: number): Proposals {
  const { start, other, weight } = proposals;
  const groupStart = new Int32Array(otherCount + 1);
  for (let e = 0; e < other.length; e++) groupStart[(other[e] as number) + 1] = (groupStart[(other[e] as number) + 1] as number) + 1;
  for (let o = 0; o < otherCount; o++) groupStart[o + 1] = (groupStart[o + 1] as number) + (groupStart[o] as number);
  const fill = groupStart.slice(0, otherCount);
  const sentence = new Int32Array(other.length);
  const grouped = new Float64Array(other.length);
  for (let s = 0; s + 1 < start.length; s++) {
    for (let e = start[s] as number; e < (start[s + 1] as number); e++) {
      const o = other[e] as number;
      const at = fill[o] as number;
      fill[o] = at + 1;
      sentence[at] = s;
      grouped[at] = weight[e] as number;
    }
  }
  return { start: groupStart, other: sentence, weight: grouped };
}

/**
 * Pairs (s, t) proposed from both sides: a token of s that hits at most `maxHits` sentences, t among them, and a
 * token of t that hits at most `maxHits`, s among them. Rarer tokens weigh more.
 */
export function anchorCandidates(evidence: Evidence, maxHits: number): AnchorCandidate[] {
  const { src, tgt } = evidence;
  const forward = proposeAnchors(src, tgt.sentenceCount, maxHits);
  // The target side's proposals, by source sentence, to be met with the source side's.
  const backward = groupByOther(proposeAnchors(tgt, src.sentenceCount, maxHits), src.sentenceCount);
  const candidates: AnchorCandidate[] = [];
  const seenFor = new Int32Array(tgt.sentenceCount).fill(-1);
  const forwardWeight = new Float64Array(tgt.sentenceCount);
  for (let s = 0; s < src.sentenceCount; s++) {
    if (backward.start[s] === backward.start[s + 1]) continue;
    for (let e = forward.start[s] as number; e < (forward.start[s + 1] as number); e++) {
      seenFor[forward.other[e] as number] = s;
      forwardWeight[forward.other[e] as number] = forward.weight[e] as number;
    }
    for (let e = backward.start[s] as number; e < (backward.start[s + 1] as number); e++) {
      const t = backward.other[e] as number;
      if (seenFor[t] === s) candidates.push({ s, t, weight: (forwardWeight[t] as number) + (backward.weight[e] as number) });
    }
  }
  return candidates;
}

/** The heaviest chain of candidates increasing in both s and t (weighted longest increasing subsequence). */
export function heaviestChain(candidates: readonly AnchorCandidate[], tgtCount: number): AnchorCandidate[] {
  const sorted = [...candidates].sort((x, y) => x.s - y.s || y.t - x.t);
  // Fenwick tree over t holding (best chain weight, candidate index) for prefix maxima.
  const size = tgtCount + 1;
  const treeWeight = new Float64Array(size + 1);
  const treeIndex = new Int32Array(size + 1).fill(-1);
  const previous = new Int32Array(sorted.length).fill(-1);
  const chainWeight = new Float64Array(sorted.length);
  let bestIndex = -1;
  let bestWeight = 0;
  for (let c = 0; c < sorted.length; c++) {
    const candidate = sorted[c] as AnchorCandidate;
    let w = 0;
    let from = -1;
    for (let x = candidate.t; x > 0; x -= x & -x) {
      if ((treeWeight[x] as number) > w) {
        w = treeWeight[x] as number;
        from = treeIndex[x] as number;
      }
    }
    const total = w + candidate.weight;
    chainWeight[c] = total;
    previous[c] = from;
    if (total > bestWeight) {
      bestWeight = total;
      bestIndex = c;
    }
    for (let x = candidate.t + 1; x <= size; x += x & -x) {
      if (total > (treeWeight[x] as number)) {
        treeWeight[x] = total;
        treeIndex[x] = c;
      }
    }
  }
  const chain: AnchorCandidate[] = [];
  for (let c = bestIndex; c >= 0; c = previous[c] as number) chain.push(sorted[c] as AnchorCandidate);
  return chain.reverse();
}

function finishBand(rect: Rect, lo: Int32Array, hi: Int32Array): Band {
  const rows = rect.i1 - rect.i0 + 1;
  for (let r = 0; r < rows; r++) {
    lo[r] = Math.max(rect.j0, Math.min(rect.j1, lo[r] as number));
    hi[r] = Math.max(rect.j0, Math.min(rect.j1, hi[r] as number));
  }
  lo[0] = rect.j0;
  hi[rows - 1] = rect.j1;
  for (let r = rows - 2; r >= 0; r--) lo[r] = Math.min(lo[r] as number, lo[r + 1] as number);
  for (let r = 1; r < rows; r++) hi[r] = Math.max(hi[r] as number, hi[r - 1] as number);
  for (let r = 1; r < rows; r++) {
    if ((lo[r] as number) > (hi[r - 1] as number) + 1) lo[r] = (hi[r - 1] as number) + 1;
  }
  for (let r = 0; r < rows; r++) if ((hi[r] as number) < (lo[r] as number)) hi[r] = lo[r] as number;
  const offset = new Int32Array(rows + 1);
  for (let r = 0; r < rows; r++) offset[r + 1] = (offset[r] as number) + (hi[r] as number) - (lo[r] as number) + 1;
  return { rect, lo, hi, offset };
}

/**
 * A band around the line through the anchors (and the rectangle's corners); wider far from anchors, where
 * the interpolated path is less certain.
 */
export function bandThroughAnchors(rect: Rect, anchors: readonly AnchorCandidate[], baseWidth: number): Band {
  const points: [number, number][] = [[rect.i0, rect.j0]];
  for (const anchor of anchors) {
    if (anchor.s < rect.i0 || anchor.s >= rect.i1 || anchor.t < rect.j0 || anchor.t >= rect.j1) continue;
    const last = points[points.length - 1] as [number, number];
    if (anchor.s + 0.5 > last[0] && anchor.t + 0.5 > last[1]) points.push([anchor.s + 0.5, anchor.t + 0.5]);
  }
  points.push([rect.i1, rect.j1]);
  const rows = rect.i1 - rect.i0 + 1;
  const lo = new Int32Array(rows);
  const hi = new Int32Array(rows);
  let segment = 0;
  for (let r = 0; r < rows; r++) {
    const i = rect.i0 + r;
    while (segment < points.length - 2 && i > (points[segment + 1] as [number, number])[0]) segment++;
    // Indexed rather than destructured: this runs once per row before V8 has optimised it.
    const from = points[segment] as [number, number];
    const to = points[segment + 1] as [number, number];
    const x0 = from[0];
    const y0 = from[1];
    const x1 = to[0];
    const y1 = to[1];
    const fraction = x1 > x0 ? (i - x0) / (x1 - x0) : 1;
    const center = y0 + fraction * (y1 - y0);
    const distance = Math.min(Math.abs(i - x0), Math.abs(x1 - i), Math.abs(center - y0), Math.abs(y1 - center));
    const width = baseWidth + Math.min(0.25 * distance, 150);
    lo[r] = Math.floor(center - width);
    hi[r] = Math.ceil(center + width);
  }
  return finishBand(rect, lo, hi);
}

/** A band of the given width around a previous path (rows and columns it visited). */
export function bandAroundPath(rect: Rect, pathLo: Int32Array, pathHi: Int32Array, width: number): Band {
  const rows = rect.i1 - rect.i0 + 1;
  const lo = new Int32Array(rows);
  const hi = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    lo[r] = (pathLo[r] as number) - width;
    hi[r] = (pathHi[r] as number) + width;
  }
  return finishBand(rect, lo, hi);
}
