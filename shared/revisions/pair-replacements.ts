/**
 * Inside one replaced stretch (old sentences removed, new ones added at the same place), find which old
 * sentences became which new ones: a fixed typo (1:1), a sentence split in two or three (1:2, 1:3), sentences
 * merged (2:1, 3:1). A small monotone dynamic programme over bigram similarity; a linear greedy walk for long
 * stretches so a completely rewritten file stays fast.
 */
import { diceSimilarity, sumBigrams, type Bigrams } from './sentence-similarity';

/** One group inside a replaced stretch: old sentences that became new ones (either side may be empty). */
export interface ReplacementBead {
  readonly old: readonly number[];
  readonly new: readonly number[];
  /** Similarity of the two sides (0 for a pure deletion or insertion). */
  readonly similarity: number;
}

/** Tuning of the pairing. */
export interface PairingOptions {
  /** Minimum similarity for two texts to count as one sentence edited (default 0.5). */
  readonly threshold: number;
}

/** Bead shapes tried besides 1:0 and 0:1: [old count, new count]. */
const SHAPES: ReadonlyArray<readonly [number, number]> = [[1, 1], [1, 2], [2, 1], [1, 3], [3, 1]];
/** Cost of each sentence beyond a 1:1 pair, so a split is chosen only when it clearly beats a 1:1 + insertion. */
const SHAPE_PENALTY = 0.1;
/** Above this many cells the programme is replaced by the greedy walk. */
const MAX_DP_CELLS = 10_000;
/** Similarity above which a one-to-one reading of a stretch is taken without searching (a global find-and-replace). */
const CLEAR_EDIT = 0.8;

/** Half-width of the programme's band around the stretch's diagonal. */
function bandWidth(rows: number, cols: number): number {
  return 10 + Math.ceil(cols / rows);
}

/** Pair the removed old sentences with the added new ones of one stretch, in order. */
export function pairReplacements(
  removed: readonly number[],
  added: readonly number[],
  oldProfile: (index: number) => Bigrams,
  newProfile: (index: number) => Bigrams,
  options: PairingOptions,
): ReplacementBead[] {
  if (removed.length === 0 || added.length === 0) {
    return [
      ...removed.map((i) => ({ old: [i], new: [], similarity: 0 })),
      ...added.map((j) => ({ old: [], new: [j], similarity: 0 })),
    ];
  }
  if (removed.length === added.length) {
    const similarities: number[] = [];
    for (let k = 0; k < removed.length; k++) {
      const value = diceSimilarity(oldProfile(removed[k]), newProfile(added[k]));
      if (value < CLEAR_EDIT) break;
      similarities.push(value);
    }
    if (similarities.length === removed.length) {
      return removed.map((i, k) => ({ old: [i], new: [added[k]], similarity: similarities[k] }));
    }
  }
  const rows = removed.length + 1;
  const cols = added.length + 1;
  return rows * Math.min(cols, 2 * bandWidth(rows, cols) + 1) <= MAX_DP_CELLS
    ? pairByProgramme(removed, added, oldProfile, newProfile, options.threshold)
    : pairGreedily(removed, added, oldProfile, newProfile, options.threshold);
}

function similarityOf(
  removed: readonly number[],
  added: readonly number[],
  oldProfile: (index: number) => Bigrams,
  newProfile: (index: number) => Bigrams,
): number {
  return diceSimilarity(sumBigrams(removed.map(oldProfile)), sumBigrams(added.map(newProfile)));
}

function pairByProgramme(
  removed: readonly number[],
  added: readonly number[],
  oldProfile: (index: number) => Bigrams,
  newProfile: (index: number) => Bigrams,
  threshold: number,
): ReplacementBead[] {
  const rows = removed.length + 1;
  const cols = added.length + 1;
  const gain = new Float64Array(rows * cols).fill(-1);
  // Back pointer: 0 = deletion, 1 = insertion, 2 + k = SHAPES[k]; similarity kept for the chosen bead.
  const step = new Int8Array(rows * cols).fill(-1);
  const stepSimilarity = new Float64Array(rows * cols);
  gain[0] = 0;
  // Only a band around the diagonal is searched: edits keep the order of a stretch, give or take a few sentences.
  const width = bandWidth(rows, cols);
  for (let i = 0; i < rows; i++) {
    const centre = Math.round((i * (cols - 1)) / (rows - 1));
    for (let j = Math.max(0, centre - width); j <= Math.min(cols - 1, centre + width); j++) {
      const here = i * cols + j;
      if (here === 0) continue;
      let best = -1;
      let bestStep = -1;
      let bestSimilarity = 0;
      if (i > 0 && gain[here - cols] > best) [best, bestStep] = [gain[here - cols], 0];
      if (j > 0 && gain[here - 1] > best) [best, bestStep] = [gain[here - 1], 1];
      SHAPES.forEach(([a, b], k) => {
        if (a > i || b > j) return;
        const from = (i - a) * cols + (j - b);
        if (gain[from] < 0) return;
        const sentences = a + b;
        // The bigram totals alone bound the similarity: skip the computation when even the bound cannot win.
        let oldTotal = 0;
        let newTotal = 0;
        for (let x = i - a; x < i; x++) oldTotal += oldProfile(removed[x]).total;
        for (let y = j - b; y < j; y++) newTotal += newProfile(added[y]).total;
        const bound = oldTotal + newTotal === 0 ? 1 : (2 * Math.min(oldTotal, newTotal)) / (oldTotal + newTotal);
        if (bound < threshold || gain[from] + bound * sentences - SHAPE_PENALTY * (sentences - 2) <= best) return;
        const similarity = similarityOf(removed.slice(i - a, i), added.slice(j - b, j), oldProfile, newProfile);
        if (similarity < threshold) return;
        const value = gain[from] + similarity * sentences - SHAPE_PENALTY * (sentences - 2);
        if (value > best) [best, bestStep, bestSimilarity] = [value, 2 + k, similarity];
      });
      gain[here] = best;
      step[here] = bestStep;
      stepSimilarity[here] = bestSimilarity;
    }
  }
  const beads: ReplacementBead[] = [];
  let i = removed.length;
  let j = added.length;
  while (i > 0 || j > 0) {
    const here = i * cols + j;
    const chosen = step[here];
    if (chosen === 0) {
      beads.push({ old: [removed[--i]], new: [], similarity: 0 });
    } else if (chosen === 1) {
      beads.push({ old: [], new: [added[--j]], similarity: 0 });
    } else {
      const [a, b] = SHAPES[chosen - 2];
      beads.push({ old: removed.slice(i - a, i), new: added.slice(j - b, j), similarity: stepSimilarity[here] });
      i -= a;
      j -= b;
    }
  }
  return beads.reverse();
}

/** Most similarity computations one greedy walk may spend (each costs a few microseconds). */
const GREEDY_BUDGET = 30_000;
/** A walk that finds nothing similar this many steps in a row is looking at unrelated texts: it stops. */
const GREEDY_GIVE_UP = 200;

/**
 * Linear walk for long stretches: 1:1 edits, otherwise skip whichever side lets the next pair match. Bounded:
 * on unrelated texts it gives up early and reports the rest as deleted and inserted.
 */
function pairGreedily(
  removed: readonly number[],
  added: readonly number[],
  oldProfile: (index: number) => Bigrams,
  newProfile: (index: number) => Bigrams,
  threshold: number,
): ReplacementBead[] {
  const beads: ReplacementBead[] = [];
  let budget = GREEDY_BUDGET;
  const sim = (i: number, j: number): number => {
    budget--;
    return diceSimilarity(oldProfile(removed[i]), newProfile(added[j]));
  };
  let misses = 0;
  let i = 0;
  let j = 0;
  while (i < removed.length && j < added.length && budget > 0 && misses < GREEDY_GIVE_UP) {
    const similarity = sim(i, j);
    misses = similarity >= threshold ? 0 : misses + 1;
    if (similarity >= threshold) {
      beads.push({ old: [removed[i++]], new: [added[j++]], similarity });
    } else if (j + 1 < added.length && sim(i, j + 1) >= threshold) {
      beads.push({ old: [], new: [added[j++]], similarity: 0 });
    } else if (i + 1 < removed.length && sim(i + 1, j) >= threshold) {
      beads.push({ old: [removed[i++]], new: [], similarity: 0 });
    } else {
      beads.push({ old: [removed[i++]], new: [], similarity: 0 });
      beads.push({ old: [], new: [added[j++]], similarity: 0 });
    }
  }
  while (i < removed.length) beads.push({ old: [removed[i++]], new: [], similarity: 0 });
  while (j < added.length) beads.push({ old: [], new: [added[j++]], similarity: 0 });
  return beads;
}
