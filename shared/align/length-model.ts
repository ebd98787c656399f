/**
 * Gale–Church length evidence with its parameters estimated on the document itself: the ratio of target to
 * source characters, and the variance of the difference per character.
 */

/** Parameters of the length model. */
export interface LengthModel {
  /** Expected target characters per source character. */
  readonly ratio: number;
  /** Variance of (target − ratio × source) per character of the mean length. */
  readonly variance: number;
}

/** Complementary error function (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
        t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Initial model from the totals: the ratio of the documents' lengths and Gale–Church's variance rescaled. */
export function initialLengthModel(srcChars: Float64Array, tgtChars: Float64Array): LengthModel {
  let src = 0;
  let tgt = 0;
  // Indexed: for-of over a typed array allocates an iterator result per element in code not yet optimised.
  for (let s = 0; s < srcChars.length; s++) src += srcChars[s] as number;
  for (let t = 0; t < tgtChars.length; t++) tgt += tgtChars[t] as number;
  const ratio = src > 0 && tgt > 0 ? tgt / src : 1;
  return { ratio, variance: 6.8 * ratio };
}

/** Re-estimates the variance from confident one-to-one pairs (trimmed, so a few errors do not inflate it). */
export function refineLengthModel(model: LengthModel, pairs: readonly (readonly [number, number])[]): LengthModel {
  if (pairs.length < 20) return model;
  let src = 0;
  let tgt = 0;
  for (let k = 0; k < pairs.length; k++) {
    const pair = pairs[k] as readonly [number, number];
    src += pair[0];
    tgt += pair[1];
  }
  const ratio = tgt / src;
  const squares = pairs.map(([ls, lt]) => ((lt - ratio * ls) ** 2) / ((ratio * ls + lt) / 2)).sort((x, y) => x - y);
  const kept = squares.slice(0, Math.ceil(squares.length * 0.95));
  const variance = kept.reduce((sum, v) => sum + v, 0) / kept.length;
  return { ratio, variance: Math.max(variance, 0.5 * ratio) };
}

const TABLE_STEP = 0.01;
const TABLE_MAX = 30;
/** log(erfc(x / √2)) sampled every 0.01 up to 30 (the search asks for it millions of times). */
const TAIL_TABLE = Float64Array.from({ length: Math.round(TABLE_MAX / TABLE_STEP) + 2 }, (_, k) =>
  Math.log(Math.max(erfc((k * TABLE_STEP) / Math.SQRT2), 1e-300)),
);

/** log(2 (1 − Φ(|δ|))): the two-sided normal tail, from the table with linear interpolation. */
export function logNormalTail(delta: number): number {
  const x = Math.abs(delta);
  if (x >= TABLE_MAX) return -(x * x) / 2 - Math.log(x * Math.sqrt(Math.PI / 2));
  const position = x / TABLE_STEP;
  const k = Math.floor(position);
  const low = TAIL_TABLE[k] as number;
  return low + (position - k) * ((TAIL_TABLE[k + 1] as number) - low);
}

/** Log-probability that spans of these lengths are translations of each other (two-sided normal tail). */
export function lengthLogProb(model: LengthModel, srcLength: number, tgtLength: number): number {
  const mean = (model.ratio * srcLength + tgtLength) / 2;
  return logNormalTail((tgtLength - model.ratio * srcLength) / Math.sqrt(model.variance * Math.max(mean, 1)));
}
