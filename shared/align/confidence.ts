/**
 * Turns a bead's posterior probability into the confidence shown to the translator (0..1, low where errors are).
 */

/** Confidence of a bead from its posterior probability under the alignment model. */
export function calibrateConfidence(posterior: number): number {
  const clamped = Math.min(1, Math.max(0, posterior));
  return Math.round(clamped * 1000) / 1000;
}
