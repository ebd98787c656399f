/**
 * The starting parameters of the bead score and their re-estimation from a first pass over the document
 * (bead-shape frequencies, token hit rates per evidence class).
 */
import { BEADS, type ScoreParams } from './bead-scorer';
import type { Evidence, SideEvidence } from './evidence';
import { lowerBound } from './evidence';
import { CLASS_COUNT } from './features';
import type { LengthModel } from './length-model';

/** Prior probability of each bead shape before the document is seen (indexed like BEADS). */
const INITIAL_PRIOR: Readonly<Record<string, number>> = {
  '1-1': 0.86, '1-0': 0.008, '0-1': 0.008, '1-2': 0.05, '2-1': 0.05, '2-2': 0.004,
  '1-3': 0.006, '3-1': 0.006, '2-3': 0.001, '3-2': 0.001, '1-4': 0.001, '4-1': 0.001, '3-3': 0.0003, '1-5': 0.0003, '5-1': 0.0003,
};

/** Initial hit rates per class: number, punctuation, name, lexicon, cognate. */
const INITIAL_HIT_RATE = [0.85, 0.7, 0.75, 0.6, 0.45];

/** Tuning constants found on the development data. */
export const TUNING = {
  lexicalWeight: 0.5,
  /** Hit rates of a free translation relative to a literal one, and the share of free translations. */
  freeHitFactor: 0.5,
  freeShare: 0.5,
  lengthWeight: 1,
  paragraphWeight: 1,
  /** Cost of a 1-0 or 0-1 bead per mean sentence length of the unaligned text. */
  orphanWeight: 2,
  /** Pseudo-count of the initial prior when re-estimating bead frequencies. */
  priorStrength: 50,
  /** Pseudo-count of the initial hit rate when re-estimating it. */
  hitRateStrength: 20,
  /** Temperature of the posteriors that give the confidence (above 1: less sure than the raw model). */
  temperature: 1,
};

function priorOf(bead: readonly [number, number]): number {
  return INITIAL_PRIOR[`${bead[0]}-${bead[1]}`] ?? 0.001;
}

/** Parameters before any pass over the document. */
export function initialParams(length: LengthModel, paragraphs: boolean): ScoreParams {
  return {
    logPrior: Float64Array.from(BEADS, (bead) => Math.log(priorOf(bead))),
    length,
    hitRate: Float64Array.from(INITIAL_HIT_RATE),
    lexicalWeight: TUNING.lexicalWeight,
    freeHitFactor: TUNING.freeHitFactor,
    freeShare: TUNING.freeShare,
    lengthWeight: TUNING.lengthWeight,
    paragraphWeight: paragraphs ? TUNING.paragraphWeight : 0,
    orphanWeight: TUNING.orphanWeight,
  };
}

/** Bead-shape priors re-estimated from a path's bead counts, smoothed towards the initial prior. */
export function reestimatePriors(counts: readonly number[]): Float64Array {
  const total = counts.reduce((sum, c) => sum + c, 0) + TUNING.priorStrength;
  return Float64Array.from(BEADS, (bead, k) => Math.log(((counts[k] ?? 0) + TUNING.priorStrength * priorOf(bead)) / total));
}

function countHits(side: SideEvidence, s: number, t: number, hits: Float64Array, totals: Float64Array): void {
  for (let k = side.selStart[s] as number; k < (side.selStart[s + 1] as number); k++) {
    const cls = side.selClass[k] as number;
    const end = side.hitTo[k] as number;
    const at = lowerBound(side.hits, side.hitFrom[k] as number, end, t);
    totals[cls] = (totals[cls] as number) + 1;
    if (at < end && side.hits[at] === t) hits[cls] = (hits[cls] as number) + 1;
  }
}

/** Hit rates per class measured on confident one-to-one pairs, smoothed towards the initial rates. */
export function reestimateHitRates(evidence: Evidence, pairs: readonly (readonly [number, number])[]): Float64Array {
  const hits = new Float64Array(CLASS_COUNT);
  const totals = new Float64Array(CLASS_COUNT);
  for (const [s, t] of pairs) {
    countHits(evidence.src, s, t, hits, totals);
    countHits(evidence.tgt, t, s, hits, totals);
  }
  return Float64Array.from(INITIAL_HIT_RATE, (initial, cls) => {
    const rate = ((hits[cls] as number) + TUNING.hitRateStrength * initial) / ((totals[cls] as number) + TUNING.hitRateStrength);
    return Math.min(0.97, Math.max(0.05, rate));
  });
}
