/**
 * Turns a bead's posterior probability into the confidence shown to the translator (0..1, low where errors are).
 * The posterior alone is over-confident for rare bead shapes: on the development data, beads with an empty side
 * and beads of five or more sentences were wrong far more often than their posterior said, so those shapes are
 * scaled down.
 */

/** Reliability of each bead shape relative to 1-1, measured on the development data. */
function shapeFactor(srcCount: number, tgtCount: number): number {
  if (srcCount === 0 || tgtCount === 0) return SHAPE.empty;
  const size = srcCount + tgtCount;
  if (size <= 2) return 1;
  if (size === 3) return SHAPE.three;
  if (size === 4) return SHAPE.four;
  return SHAPE.large;
}

/** Factors per shape class (tunable from the bench). */
export const SHAPE = { empty: 0.9, three: 1, four: 0.95, large: 0.85 };

/** Confidence of a bead from its posterior probability under the alignment model and its shape. */
export function calibrateConfidence(posterior: number, srcCount: number, tgtCount: number): number {
  const clamped = Math.min(1, Math.max(0, posterior)) * shapeFactor(srcCount, tgtCount);
  return Math.round(clamped * 1000) / 1000;
}
