/**
 * Scores every bead the search may use: a log-probability ratio combining the bead type's prior, the
 * Gale–Church length model, word evidence (each informative token is a hit or a miss, against the chance of a
 * hit between random sentences) and paragraph boundaries.
 */
import type { Band } from './band';
import { lowerBound, type Evidence, type SideEvidence } from './evidence';
import { lengthLogProb, type LengthModel } from './length-model';

/** Bead shapes the search uses: [source sentences, target sentences]. */
export const BEADS: readonly (readonly [number, number])[] = [
  [1, 1], [1, 0], [0, 1], [1, 2], [2, 1], [2, 2], [1, 3], [3, 1], [2, 3], [3, 2], [1, 4], [4, 1], [3, 3], [1, 5], [5, 1],
];

/** Largest number of sentences on one side of a bead. */
export const MAX_SPAN = 5;

/** Tunable parameters of the bead score. */
export interface ScoreParams {
  /** Log prior of each bead shape (indexed like BEADS). */
  readonly logPrior: Float64Array;
  readonly length: LengthModel;
  /** Probability that a token of each class finds its match in a true translation. */
  readonly hitRate: Float64Array;
  readonly lexicalWeight: number;
  readonly lengthWeight: number;
  /** Bonus when both sides end a paragraph together, penalty when only one does (0: no paragraph evidence). */
  readonly paragraphWeight: number;
}

/** Per-sentence facts of one side. */
export interface SideFacts {
  readonly chars: Float64Array;
  /** 1 where a paragraph ends after the sentence. */
  readonly paragraphEnd: Uint8Array;
}

interface LexicalTables {
  /** hit − miss log-ratio for selected token k and span size b: delta[k * MAX_SPAN + b − 1]. */
  readonly delta: Float64Array;
  /** Sum of the miss log-ratios of a sentence's tokens: base[s * MAX_SPAN + b − 1]. */
  readonly base: Float64Array;
}

function lexicalTables(side: SideEvidence, hitRate: Float64Array): LexicalTables {
  const tokenCount = side.selToken.length;
  const delta = new Float64Array(tokenCount * MAX_SPAN);
  const base = new Float64Array(side.sentenceCount * MAX_SPAN);
  for (let s = 0; s < side.sentenceCount; s++) {
    for (let k = side.selStart[s] as number; k < (side.selStart[s + 1] as number); k++) {
      const p = hitRate[side.selClass[k] as number] as number;
      const q1 = side.selChance[k] as number;
      for (let b = 1; b <= MAX_SPAN; b++) {
        const q = 1 - (1 - q1) ** b;
        if (q >= p) continue;
        const hit = Math.log(p / q);
        const miss = Math.log((1 - p) / (1 - q));
        delta[k * MAX_SPAN + b - 1] = hit - miss;
        base[s * MAX_SPAN + b - 1] = (base[s * MAX_SPAN + b - 1] as number) + miss;
      }
    }
  }
  return { delta, base };
}

/** Which target sentences each source sentence is compared with, and the hit masks of those pairs. */
interface CellMasks {
  readonly tLo: Int32Array;
  readonly tHi: Int32Array;
  readonly offset: Int32Array;
  /** Bits of the source sentence's tokens that hit the target sentence. */
  readonly srcMask: Uint32Array;
  /** Bits of the target sentence's tokens that hit the source sentence. */
  readonly tgtMask: Uint32Array;
}

function cellMasks(band: Band, evidence: Evidence): CellMasks {
  const { i0, i1, j0, j1 } = band.rect;
  const count = Math.max(0, i1 - i0);
  const tLo = new Int32Array(count);
  const tHi = new Int32Array(count);
  const offset = new Int32Array(count + 1);
  for (let r = 0; r < count; r++) {
    const first = band.lo[r + 1] as number;
    const last = band.hi[Math.min(i1 - i0, r + MAX_SPAN)] as number;
    tLo[r] = Math.max(j0, first - MAX_SPAN);
    tHi[r] = Math.min(j1 - 1, last - 1);
    offset[r + 1] = (offset[r] as number) + Math.max(0, (tHi[r] as number) - (tLo[r] as number) + 1);
  }
  const total = offset[count] as number;
  const srcMask = new Uint32Array(total);
  const tgtMask = new Uint32Array(total);
  const { src, tgt } = evidence;
  for (let r = 0; r < count; r++) {
    const s = i0 + r;
    const lo = tLo[r] as number;
    const hi = tHi[r] as number;
    if (hi < lo) continue;
    const base = (offset[r] as number) - lo;
    for (let k = src.selStart[s] as number, bit = 0; k < (src.selStart[s + 1] as number); k++, bit++) {
      const end = src.hitTo[k] as number;
      for (let h = lowerBound(src.hits, src.hitFrom[k] as number, end, lo); h < end; h++) {
        const t = src.hits[h] as number;
        if (t > hi) break;
        srcMask[base + t] = (srcMask[base + t] as number) | (1 << bit);
      }
    }
  }
  // Source rows whose compared range contains target sentence t form one interval (the ranges are monotone).
  let first = 0;
  let last = 0;
  for (let t = j0; t < j1; t++) {
    while (first < count && (tHi[first] as number) < t) first++;
    if (last < first) last = first;
    while (last < count && (tLo[last] as number) <= t) last++;
    if (first >= last) continue;
    const sFrom = i0 + first;
    const sTo = i0 + last - 1;
    for (let k = tgt.selStart[t] as number, bit = 0; k < (tgt.selStart[t + 1] as number); k++, bit++) {
      const end = tgt.hitTo[k] as number;
      for (let h = lowerBound(tgt.hits, tgt.hitFrom[k] as number, end, sFrom); h < end; h++) {
        const s = tgt.hits[h] as number;
        if (s > sTo) break;
        const r = s - i0;
        if (t < (tLo[r] as number) || t > (tHi[r] as number)) continue;
        const cell = (offset[r] as number) + t - (tLo[r] as number);
        tgtMask[cell] = (tgtMask[cell] as number) | (1 << bit);
      }
    }
  }
  return { tLo, tHi, offset, srcMask, tgtMask };
}

/**
 * Scores of every bead ending in every cell of the band: scores[cell * BEADS.length + bead], −Infinity where
 * the bead would start outside the band or is not among the first `shapes` shapes of BEADS.
 */
export function scoreBand(band: Band, evidence: Evidence, srcFacts: SideFacts, tgtFacts: SideFacts, params: ScoreParams, shapes = BEADS.length): Float32Array {
  const { i0, i1, j0, j1 } = band.rect;
  const rows = i1 - i0 + 1;
  const beadCount = BEADS.length;
  const scores = new Float32Array((band.offset[rows - 1 + 1] as number) * beadCount).fill(-Infinity);
  const masks = cellMasks(band, evidence);
  const srcTables = lexicalTables(evidence.src, params.hitRate);
  const tgtTables = lexicalTables(evidence.tgt, params.hitRate);
  const { src, tgt } = evidence;
  const boundarySrc = (i: number): boolean => i === i0 || i === i1 || srcFacts.paragraphEnd[i - 1] === 1;
  const boundaryTgt = (j: number): boolean => j === j0 || j === j1 || tgtFacts.paragraphEnd[j - 1] === 1;
  for (let r = 0; r < rows; r++) {
    const i = i0 + r;
    const paraSrc = boundarySrc(i);
    for (let j = band.lo[r] as number; j <= (band.hi[r] as number); j++) {
      const cell = (band.offset[r] as number) + j - (band.lo[r] as number);
      const paraTgt = boundaryTgt(j);
      const paragraph = params.paragraphWeight === 0 ? 0 : paraSrc === paraTgt ? (paraSrc ? params.paragraphWeight : 0) : -params.paragraphWeight;
      for (let bead = 0; bead < shapes; bead++) {
        const [a, b] = BEADS[bead] as readonly [number, number];
        const pr = r - a;
        const pj = j - b;
        if (pr < 0 || pj < j0 || pj < (band.lo[pr] as number) || pj > (band.hi[pr] as number)) continue;
        if (a === 0 && b === 0) continue;
        let score = (params.logPrior[bead] as number) + paragraph;
        if (a > 0 && b > 0) {
          let srcLength = 0;
          let tgtLength = 0;
          let lexical = 0;
          for (let s = i - a; s < i; s++) srcLength += srcFacts.chars[s] as number;
          for (let t = j - b; t < j; t++) tgtLength += tgtFacts.chars[t] as number;
          score += params.lengthWeight * lengthLogProb(params.length, srcLength, tgtLength);
          for (let s = i - a; s < i; s++) {
            const sr = s - i0;
            const rowBase = (masks.offset[sr] as number) - (masks.tLo[sr] as number);
            let mask = 0;
            for (let t = j - b; t < j; t++) mask |= masks.srcMask[rowBase + t] as number;
            lexical += srcTables.base[s * MAX_SPAN + b - 1] as number;
            const first = src.selStart[s] as number;
            while (mask !== 0) {
              const low = mask & -mask;
              lexical += srcTables.delta[(first + 31 - Math.clz32(low)) * MAX_SPAN + b - 1] as number;
              mask ^= low;
            }
          }
          for (let t = j - b; t < j; t++) {
            let mask = 0;
            for (let s = i - a; s < i; s++) {
              const sr = s - i0;
              mask |= masks.tgtMask[(masks.offset[sr] as number) + t - (masks.tLo[sr] as number)] as number;
            }
            lexical += tgtTables.base[t * MAX_SPAN + a - 1] as number;
            const first = tgt.selStart[t] as number;
            while (mask !== 0) {
              const low = mask & -mask;
              lexical += tgtTables.delta[(first + 31 - Math.clz32(low)) * MAX_SPAN + a - 1] as number;
              mask ^= low;
            }
          }
          score += params.lexicalWeight * lexical;
          if (params.paragraphWeight !== 0) {
            for (let s = i - a; s < i - 1; s++) if (srcFacts.paragraphEnd[s] === 1) score -= params.paragraphWeight;
            for (let t = j - b; t < j - 1; t++) if (tgtFacts.paragraphEnd[t] === 1) score -= params.paragraphWeight;
          }
        }
        scores[cell * beadCount + bead] = score;
      }
    }
  }
  return scores;
}
