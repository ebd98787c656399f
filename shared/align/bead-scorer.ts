/**
 * Scores every bead the search may use: a log-probability ratio combining the bead type's prior, the
 * Gale–Church length model, word evidence (each informative token is a hit or a miss, against the chance of a
 * hit between random sentences; a mixture of a literal and a free translation, whose hit rates differ) and
 * paragraph boundaries.
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
  /** Hit rates of a free translation relative to hitRate, and the share of free translations in the mixture. */
  readonly freeHitFactor: number;
  readonly freeShare: number;
  readonly lexicalWeight: number;
  readonly lengthWeight: number;
  /** Cost of leaving a sentence unaligned, per mean sentence length of its side. */
  readonly orphanWeight: number;
  /** Bonus when both sides end a paragraph together, penalty when only one does (0: no paragraph evidence). */
  readonly paragraphWeight: number;
}

/** Per-sentence facts of one side. */
export interface SideFacts {
  readonly chars: Float64Array;
  /** 1 where a paragraph ends after the sentence. */
  readonly paragraphEnd: Uint8Array;
}

/**
 * The word-evidence log-ratios of one side's selected tokens, for the literal and the free translation. A token's
 * hit − miss log-ratio against a span of b sentences is ratios[slot[k] + b − 1] (literal) and
 * ratios[slot[k] + MAX_SPAN + b − 1] (free): tokens of the same class and hit count share a slot.
 */
interface LexicalTables {
  readonly ratios: Float64Array;
  readonly slot: Int32Array;
  /** Sum of the miss log-ratios of a sentence's tokens: base[s * MAX_SPAN + b − 1] (literal), freeBase (free). */
  readonly base: Float64Array;
  readonly freeBase: Float64Array;
}

/**
 * The tables of the last evidence side and parameters they were made for: every band of a pass (one per
 * rectangle between confirmed pairs, and a widened band searched again) uses the same ones.
 */
const tableCache = new WeakMap<SideEvidence, { readonly hitRate: Float64Array; readonly freeFactor: number; readonly tables: LexicalTables }>();

function lexicalTables(side: SideEvidence, hitRate: Float64Array, freeFactor: number): LexicalTables {
  const cached = tableCache.get(side);
  if (cached !== undefined && cached.hitRate === hitRate && cached.freeFactor === freeFactor) return cached.tables;
  const tables = computeLexicalTables(side, hitRate, freeFactor);
  tableCache.set(side, { hitRate, freeFactor, tables });
  return tables;
}

function computeLexicalTables(side: SideEvidence, hitRate: Float64Array, freeFactor: number): LexicalTables {
  const tokenCount = side.selToken.length;
  const slot = new Int32Array(tokenCount);
  const base = new Float64Array(side.sentenceCount * MAX_SPAN);
  const freeBase = new Float64Array(side.sentenceCount * MAX_SPAN);
  // A token's log-ratios depend only on its class and its chance, that is its number of hits: compute them once
  // per such pair, for the literal (hit rate p) and the free translation (p × freeFactor) together. Thousands of
  // token types share a few hundred hit counts, and each value costs a power and two logarithms. Tokens keep their
  // slot rather than a copy of its ten values (this runs once per pass, mostly before V8 has optimised it).
  let maxHits = 0;
  for (let k = 0; k < tokenCount; k++) maxHits = Math.max(maxHits, side.selHits[k] as number);
  const slotOf = new Int32Array(hitRate.length * (maxHits + 1)).fill(-1);
  const hit: number[] = [];
  const miss: number[] = [];
  const newSlot = (cls: number, at: number, q1: number): number => {
    const slot = hit.length;
    slotOf[at] = slot;
    for (let f = 0; f < 2; f++) {
      const p = (hitRate[cls] as number) * (f === 0 ? 1 : freeFactor);
      for (let b = 1; b <= MAX_SPAN; b++) {
        const q = 1 - (1 - q1) ** b;
        if (q >= p) {
          hit.push(0);
          miss.push(0);
          continue;
        }
        const m = Math.log((1 - p) / (1 - q));
        hit.push(Math.log(p / q) - m);
        miss.push(m);
      }
    }
    return slot;
  };
  for (let s = 0; s < side.sentenceCount; s++) {
    for (let k = side.selStart[s] as number; k < (side.selStart[s + 1] as number); k++) {
      const cls = side.selClass[k] as number;
      const at = cls * (maxHits + 1) + (side.selHits[k] as number);
      let literal = slotOf[at] as number;
      if (literal < 0) literal = newSlot(cls, at, side.selChance[k] as number);
      slot[k] = literal;
      const free = literal + MAX_SPAN;
      for (let b = 0; b < MAX_SPAN; b++) {
        base[s * MAX_SPAN + b] = (base[s * MAX_SPAN + b] as number) + (miss[literal + b] as number);
        freeBase[s * MAX_SPAN + b] = (freeBase[s * MAX_SPAN + b] as number) + (miss[free + b] as number);
      }
    }
  }
  return { ratios: Float64Array.from(hit), slot, base, freeBase };
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

/** The masks of the source sentences i0 + r for which rows[r] is 1 (all when rows is undefined; the others stay empty). */
function cellMasks(band: Band, evidence: Evidence, rows: Uint8Array | undefined): CellMasks {
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
    if (rows !== undefined && rows[r] === 0) continue;
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
  // Number of needed rows before each row, to skip targets that only rows not needed compare with.
  const neededBefore = new Int32Array(count + 1);
  for (let r = 0; r < count; r++) neededBefore[r + 1] = (neededBefore[r] as number) + (rows === undefined || rows[r] === 1 ? 1 : 0);
  let first = 0;
  let last = 0;
  for (let t = j0; t < j1; t++) {
    while (first < count && (tHi[first] as number) < t) first++;
    if (last < first) last = first;
    while (last < count && (tLo[last] as number) <= t) last++;
    if (first >= last || neededBefore[last] === neededBefore[first]) continue;
    const sFrom = i0 + first;
    const sTo = i0 + last - 1;
    for (let k = tgt.selStart[t] as number, bit = 0; k < (tgt.selStart[t + 1] as number); k++, bit++) {
      const end = tgt.hitTo[k] as number;
      for (let h = lowerBound(tgt.hits, tgt.hitFrom[k] as number, end, sFrom); h < end; h++) {
        const s = tgt.hits[h] as number;
        if (s > sTo) break;
        const r = s - i0;
        if (t < (tLo[r] as number) || t > (tHi[r] as number) || (rows !== undefined && rows[r] === 0)) continue;
        const cell = (offset[r] as number) + t - (tLo[r] as number);
        tgtMask[cell] = (tgtMask[cell] as number) | (1 << bit);
      }
    }
  }
  return { tLo, tHi, offset, srcMask, tgtMask };
}

/**
 * Word evidence of one sentence against a span of the other side, for every span length, computed once per
 * compared sentence pair and shared by all beads that contain it, for the literal and the free translation at
 * once. srcTerm[((rowBase[s − i0] + t) * MAX_SPAN + b − 1) * 2 + f] scores source sentence s against target
 * sentences t − b + 1 .. t; tgtTerm[((rowBase[s − i0] + t) * MAX_SPAN + a − 1) * 2 + f] scores target sentence t
 * against source sentences s − a + 1 .. s (f = 0: literal, 1: free).
 */
interface SpanTerms {
  readonly rowBase: Int32Array;
  readonly srcTerm: Float32Array;
  readonly tgtTerm: Float32Array;
}

function spanTerms(band: Band, evidence: Evidence, masks: CellMasks, hitRate: Float64Array, freeFactor: number, rows: Uint8Array | undefined): SpanTerms {
  const { ratios: srcRatios, slot: srcSlot, base: srcBase, freeBase: srcFreeBase } = lexicalTables(evidence.src, hitRate, freeFactor);
  const { ratios: tgtRatios, slot: tgtSlot, base: tgtBase, freeBase: tgtFreeBase } = lexicalTables(evidence.tgt, hitRate, freeFactor);
  const { src, tgt } = evidence;
  const { i0 } = band.rect;
  const { tLo, tHi, srcMask, tgtMask } = masks;
  const count = tLo.length;
  const rowBase = Int32Array.from({ length: count }, (_, r) => (masks.offset[r] as number) - (tLo[r] as number));
  const total = masks.offset[count] as number;
  const srcTerm = new Float32Array(total * MAX_SPAN * 2);
  const tgtTerm = new Float32Array(total * MAX_SPAN * 2);
  for (let r = 0; r < count; r++) {
    if (rows !== undefined && rows[r] === 0) continue;
    const s = i0 + r;
    const lo = tLo[r] as number;
    const hi = tHi[r] as number;
    const base = rowBase[r] as number;
    const firstSrc = src.selStart[s] as number;
    for (let t = lo; t <= hi; t++) {
      const cell = base + t;
      // Source sentence s against target spans ending at t.
      let mask = 0;
      for (let b = 1; b <= MAX_SPAN && t - b + 1 >= lo; b++) {
        mask |= srcMask[base + t - b + 1] as number;
        let sum = srcBase[s * MAX_SPAN + b - 1] as number;
        let loose = srcFreeBase[s * MAX_SPAN + b - 1] as number;
        for (let bits = mask; bits !== 0; ) {
          const low = bits & -bits;
          const at = (srcSlot[firstSrc + 31 - Math.clz32(low)] as number) + b - 1;
          sum += srcRatios[at] as number;
          loose += srcRatios[at + MAX_SPAN] as number;
          bits ^= low;
        }
        const out = (cell * MAX_SPAN + b - 1) * 2;
        srcTerm[out] = sum;
        srcTerm[out + 1] = loose;
      }
      // Target sentence t against source spans ending at s.
      const firstTgt = tgt.selStart[t] as number;
      mask = 0;
      for (let a = 1; a <= MAX_SPAN && r - a + 1 >= 0; a++) {
        const rr = r - a + 1;
        if (t >= (tLo[rr] as number) && t <= (tHi[rr] as number)) mask |= tgtMask[(rowBase[rr] as number) + t] as number;
        let sum = tgtBase[t * MAX_SPAN + a - 1] as number;
        let loose = tgtFreeBase[t * MAX_SPAN + a - 1] as number;
        for (let bits = mask; bits !== 0; ) {
          const low = bits & -bits;
          const at = (tgtSlot[firstTgt + 31 - Math.clz32(low)] as number) + a - 1;
          sum += tgtRatios[at] as number;
          loose += tgtRatios[at + MAX_SPAN] as number;
          bits ^= low;
        }
        const out = (cell * MAX_SPAN + a - 1) * 2;
        tgtTerm[out] = sum;
        tgtTerm[out + 1] = loose;
      }
    }
  }
  return { rowBase, srcTerm, tgtTerm };
}

/** Steps per unit of the softplus table, and its range (beyond it log(1 + e^−x) is below 1e−13 and taken as 0). */
const SOFTPLUS_STEPS = 1024;
const SOFTPLUS_MAX = 30;
/** log(1 + e^−x) for x = k / SOFTPLUS_STEPS: the mixture of two scores is asked for millions of times. */
const SOFTPLUS = Float64Array.from({ length: SOFTPLUS_MAX * SOFTPLUS_STEPS + 2 }, (_, k) => Math.log1p(Math.exp(-k / SOFTPLUS_STEPS)));

/** log(e^x + e^y), with log(1 + e^−|x − y|) from the table (linear interpolation, error below 3e−8). */
function logAddExp(x: number, y: number): number {
  const gap = x > y ? x - y : y - x;
  const top = x > y ? x : y;
  if (gap >= SOFTPLUS_MAX) return top;
  const position = gap * SOFTPLUS_STEPS;
  const k = position | 0;
  const low = SOFTPLUS[k] as number;
  return top + low + (position - k) * ((SOFTPLUS[k + 1] as number) - low);
}

function cumulative(values: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) sums[k + 1] = (sums[k] as number) + (values[k] as number);
  return sums;
}

/** Source and target sentences of each bead shape, by index (read in loops over paths: no array per bead). */
export const BEAD_SRC = Int8Array.from(BEADS, (bead) => bead[0]);
export const BEAD_TGT = Int8Array.from(BEADS, (bead) => bead[1]);

/** Scores of a band made earlier with the same evidence and parameters, for scoreBand to copy from. */
export interface ScoredBand {
  readonly band: Band;
  readonly scores: Float32Array;
}

/**
 * The rows of `band` whose scores differ from those of `earlier` (same rectangle, each row's range widened or
 * kept): a bead ending in row r reads the ranges of rows r − MAX_SPAN .. r (where it may start, which sentences
 * its words are compared with) and, through the compared ranges, up to MAX_SPAN rows after; rows with all those
 * unchanged keep their scores. Undefined when every row must be scored.
 */
function rowsToScore(band: Band, earlier: Band | undefined): Uint8Array | undefined {
  const rows = band.lo.length;
  if (earlier === undefined || earlier.lo.length !== rows) return undefined;
  const fresh = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) {
    if (band.lo[r] === earlier.lo[r] && band.hi[r] === earlier.hi[r]) continue;
    fresh.fill(1, Math.max(0, r - MAX_SPAN), Math.min(rows, r + MAX_SPAN + 1));
  }
  return fresh;
}

/**
 * The first row whose scores scoreBand(band, …, earlier) computes rather than copies: every row before it has the
 * range and the scores it had in the earlier band (rowsCount when the bands are the same).
 */
export function firstRescoredRow(band: Band, earlier: Band): number {
  const fresh = rowsToScore(band, earlier);
  if (fresh === undefined) return 0;
  const first = fresh.indexOf(1);
  return first < 0 ? fresh.length : first;
}

/** Source sentences (rows of the span terms) that fresh rows read: up to 2 × MAX_SPAN rows before each. */
function termRows(fresh: Uint8Array | undefined, count: number): Uint8Array | undefined {
  if (fresh === undefined) return undefined;
  const needed = new Uint8Array(count);
  for (let r = 0; r < fresh.length; r++) if (fresh[r] === 1) needed.fill(1, Math.max(0, r - 2 * MAX_SPAN), Math.min(count, r + 1));
  return needed;
}

/**
 * Scores of every bead ending in every cell of the band: scores[cell * BEADS.length + bead], −Infinity where
 * the bead would start outside the band or is not among the first `shapes` shapes of BEADS. With `earlier` (the
 * same band before some rows were widened), only the rows the widening changed are scored and the rest copied:
 * the scores are the same as scoring the whole band.
 */
export function scoreBand(band: Band, evidence: Evidence, srcFacts: SideFacts, tgtFacts: SideFacts, params: ScoreParams, shapes = BEADS.length, earlier?: ScoredBand): Float32Array {
  const { i0, i1, j0, j1 } = band.rect;
  const rows = i1 - i0 + 1;
  const beadCount = BEADS.length;
  const scores = new Float32Array((band.offset[rows] as number) * beadCount).fill(-Infinity);
  const fresh = rowsToScore(band, earlier?.band);
  const needed = termRows(fresh, i1 - i0);
  const masks = cellMasks(band, evidence, needed);
  const { rowBase, srcTerm, tgtTerm } = spanTerms(band, evidence, masks, params.hitRate, params.freeHitFactor, needed);
  const literalShare = Math.log(1 - params.freeShare);
  const freeShare = Math.log(params.freeShare);
  const srcChars = cumulative(srcFacts.chars);
  const tgtChars = cumulative(tgtFacts.chars);
  const srcBreaks = cumulative(srcFacts.paragraphEnd);
  const tgtBreaks = cumulative(tgtFacts.paragraphEnd);
  const paragraphWeight = params.paragraphWeight;
  const lexicalWeight = params.lexicalWeight;
  const lengthWeight = params.lengthWeight;
  const orphanWeight = params.orphanWeight;
  const logPrior = params.logPrior;
  const length = params.length;
  const { lo: bandLo, hi: bandHi, offset: bandOffset } = band;
  const srcMean = Math.max(1, (srcChars[srcChars.length - 1] as number) / Math.max(1, srcFacts.chars.length));
  const tgtMean = Math.max(1, (tgtChars[tgtChars.length - 1] as number) / Math.max(1, tgtFacts.chars.length));
  const boundarySrc = (i: number): boolean => i === i0 || i === i1 || srcFacts.paragraphEnd[i - 1] === 1;
  const boundaryTgt = (j: number): boolean => j === j0 || j === j1 || tgtFacts.paragraphEnd[j - 1] === 1;
  for (let r = 0; r < rows; r++) {
    const rowLo = bandLo[r] as number;
    const rowHi = bandHi[r] as number;
    const rowOffset = bandOffset[r] as number;
    if (fresh !== undefined && fresh[r] === 0 && earlier !== undefined) {
      const from = (earlier.band.offset[r] as number) * beadCount;
      scores.set(earlier.scores.subarray(from, from + (rowHi - rowLo + 1) * beadCount), rowOffset * beadCount);
      continue;
    }
    const i = i0 + r;
    const paraSrc = boundarySrc(i);
    for (let j = rowLo; j <= rowHi; j++) {
      const cell = rowOffset + j - rowLo;
      const paraTgt = paragraphWeight === 0 ? false : boundaryTgt(j);
      const paragraph = paragraphWeight === 0 ? 0 : paraSrc === paraTgt ? (paraSrc ? paragraphWeight : 0) : -paragraphWeight;
      for (let bead = 0; bead < shapes; bead++) {
        const a = BEAD_SRC[bead] as number;
        const b = BEAD_TGT[bead] as number;
        const pr = r - a;
        const pj = j - b;
        if (pr < 0 || pj < j0 || pj < (bandLo[pr] as number) || pj > (bandHi[pr] as number)) continue;
        let score = (logPrior[bead] as number) + paragraph;
        if (a === 0 || b === 0) {
          // A sentence left without counterpart costs more the longer it is (in mean sentence lengths).
          const orphan = a === 0 ? ((tgtChars[j] as number) - (tgtChars[j - b] as number)) / tgtMean : ((srcChars[i] as number) - (srcChars[i - a] as number)) / srcMean;
          score -= orphanWeight * orphan;
        } else {
          score += lengthWeight * lengthLogProb(length, (srcChars[i] as number) - (srcChars[i - a] as number), (tgtChars[j] as number) - (tgtChars[j - b] as number));
          let lexical = 0;
          let loose = 0;
          for (let s = i - a; s < i; s++) {
            const at = (((rowBase[s - i0] as number) + j - 1) * MAX_SPAN + b - 1) * 2;
            lexical += srcTerm[at] as number;
            loose += srcTerm[at + 1] as number;
          }
          const last = rowBase[i - 1 - i0] as number;
          for (let t = j - b; t < j; t++) {
            const at = ((last + t) * MAX_SPAN + a - 1) * 2;
            lexical += tgtTerm[at] as number;
            loose += tgtTerm[at + 1] as number;
          }
          // A mixture of a literal and a free translation: many misses cost less when few words carry over.
          score += lexicalWeight * logAddExp(literalShare + lexical, freeShare + loose);
          if (paragraphWeight !== 0) {
            score -= paragraphWeight * ((srcBreaks[i - 1] as number) - (srcBreaks[i - a] as number) + (tgtBreaks[j - 1] as number) - (tgtBreaks[j - b] as number));
          }
        }
        scores[cell * beadCount + bead] = score;
      }
    }
  }
  return scores;
}
