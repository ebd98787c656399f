/**
 * Dynamic programming over the band: the best bead sequence (Viterbi) and, for confidence, each bead's
 * posterior probability (forward–backward over all bead sequences in the band).
 */
import type { Band } from './band';
import { BEAD_SRC, BEAD_TGT, BEADS } from './bead-scorer';

/** A bead of a path in absolute sentence indices: source i..i+a-1, target j..j+b-1. */
export interface PathBead {
  readonly i: number;
  readonly j: number;
  readonly bead: number;
  /** Score of the bead under the model. */
  readonly score: number;
}


function cellOf(band: Band, r: number, j: number): number {
  if (r < 0 || j < (band.lo[r] as number) || j > (band.hi[r] as number)) return -1;
  return (band.offset[r] as number) + j - (band.lo[r] as number);
}

/** offset[r] − lo[r] per row: the cell of (r, j) is rowStart[r] + j. */
function rowStarts(band: Band): Int32Array {
  const rows = band.lo.length;
  const rowStart = new Int32Array(rows);
  for (let r = 0; r < rows; r++) rowStart[r] = (band.offset[r] as number) - (band.lo[r] as number);
  return rowStart;
}

/** The tables of a search: best score and last bead of each cell, and the forward log-sums when asked for. */
export interface SearchTables {
  readonly best: Float64Array;
  readonly from: Int8Array;
  readonly forward: Float64Array | undefined;
}

/** A search of a band that differs from an earlier one only from `row` on: the cells before it are copied. */
export interface Resume {
  readonly tables: SearchTables;
  readonly row: number;
}

/** A best path with the tables it was read from. */
export interface Search {
  readonly path: PathBead[];
  readonly tables: SearchTables;
}

/**
 * The highest-scoring bead sequence from the rectangle's top-left to its bottom-right corner. With `forward`
 * (one entry per cell), also fills in the forward log-sums of posteriors (scores × scale) in the same sweep. With
 * `resume`, the rows before `resume.row` (same ranges, same scores) are taken from the earlier search.
 */
export function viterbi(band: Band, scores: Float32Array, forward?: Float64Array, scale = 1, resume?: Resume): Search {
  const { i0, i1, j1 } = band.rect;
  const rows = i1 - i0 + 1;
  const beadCount = BEADS.length;
  const cells = band.offset[rows] as number;
  const best = new Float64Array(cells).fill(-Infinity);
  const from = new Int8Array(cells).fill(-1);
  const terms = new Float64Array(beadCount);
  best[0] = 0;
  if (forward !== undefined) forward[0] = 0;
  const firstRow = resume === undefined ? 0 : Math.max(0, Math.min(rows, resume.row));
  if (resume !== undefined && firstRow > 0) {
    const copied = band.offset[firstRow] as number;
    best.set(resume.tables.best.subarray(0, copied));
    from.set(resume.tables.from.subarray(0, copied));
    if (forward !== undefined && resume.tables.forward !== undefined) forward.set(resume.tables.forward.subarray(0, copied));
  }
  const rowStart = rowStarts(band);
  for (let r = firstRow; r < rows; r++) {
    const start = rowStart[r] as number;
    for (let j = band.lo[r] as number; j <= (band.hi[r] as number); j++) {
      const cell = start + j;
      if (cell === 0) continue;
      let bestScore = -Infinity;
      let bestBead = -1;
      let count = 0;
      let max = -Infinity;
      for (let bead = 0; bead < beadCount; bead++) {
        const score = scores[cell * beadCount + bead] as number;
        if (score === -Infinity) continue;
        // A finite score means the bead starts inside the band (scoreBand).
        const previous = (rowStart[r - (BEAD_SRC[bead] as number)] as number) + j - (BEAD_TGT[bead] as number);
        const total = (best[previous] as number) + score;
        if (total > bestScore) {
          bestScore = total;
          bestBead = bead;
        }
        if (forward !== undefined) {
          const value = (forward[previous] as number) + score * scale;
          if (value === -Infinity) continue;
          terms[count++] = value;
          if (value > max) max = value;
        }
      }
      best[cell] = bestScore;
      from[cell] = bestBead;
      if (forward !== undefined) forward[cell] = logSumExp(terms, count, max);
    }
  }
  const path: PathBead[] = [];
  let r = rows - 1;
  let j = j1;
  while (r > 0 || j > (band.lo[0] as number)) {
    const cell = cellOf(band, r, j);
    const bead = from[cell] as number;
    if (bead < 0) throw new Error('alignment search found no path through the band');
    const a = BEAD_SRC[bead] as number;
    const b = BEAD_TGT[bead] as number;
    path.push({ i: i0 + r - a, j: j - b, bead, score: scores[cell * beadCount + bead] as number });
    r -= a;
    j -= b;
  }
  return { path: path.reverse(), tables: { best, from, forward } };
}

/**
 * How far below the largest term of a log-sum-exp a term may be and still be added (e^−40 ≈ 4e−18): one exp
 * per remaining term, one log per cell.
 */
const NEGLIGIBLE = 40;

/** Log-sum-exp of terms[0..count) whose maximum is max; terms more than NEGLIGIBLE below it are skipped. */
function logSumExp(terms: Float64Array, count: number, max: number): number {
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  const floor = max - NEGLIGIBLE;
  for (let k = 0; k < count; k++) {
    const term = terms[k] as number;
    if (term > floor) sum += Math.exp(term - max);
  }
  return max + Math.log(sum);
}

/**
 * Posterior probability of each bead of the path among all bead sequences in the band (scores / temperature);
 * `forwardDone`: the forward log-sums viterbi filled in with scale 1 / temperature.
 */
export function posteriors(band: Band, scores: Float32Array, path: readonly PathBead[], temperature: number, forwardDone?: Float64Array): Float64Array {
  const { i0, i1 } = band.rect;
  const rows = i1 - i0 + 1;
  const beadCount = BEADS.length;
  const cells = band.offset[rows] as number;
  const forward = forwardDone ?? new Float64Array(cells).fill(-Infinity);
  const backward = new Float64Array(cells).fill(-Infinity);
  const scale = 1 / temperature;
  const terms = new Float64Array(beadCount);
  const logSum = (count: number, max: number): number => logSumExp(terms, count, max);
  forward[0] = 0;
  const rowStart = rowStarts(band);
  for (let r = 0; forwardDone === undefined && r < rows; r++) {
    const start = rowStart[r] as number;
    for (let j = band.lo[r] as number; j <= (band.hi[r] as number); j++) {
      const cell = start + j;
      if (cell === 0) continue;
      let count = 0;
      let max = -Infinity;
      for (let bead = 0; bead < beadCount; bead++) {
        const score = scores[cell * beadCount + bead] as number;
        if (score === -Infinity) continue;
        const value = (forward[(rowStart[r - (BEAD_SRC[bead] as number)] as number) + j - (BEAD_TGT[bead] as number)] as number) + score * scale;
        if (value === -Infinity) continue;
        terms[count++] = value;
        if (value > max) max = value;
      }
      forward[cell] = logSum(count, max);
    }
  }
  backward[cells - 1] = 0;
  for (let r = rows - 1; r >= 0; r--) {
    const start = rowStart[r] as number;
    for (let j = band.hi[r] as number; j >= (band.lo[r] as number); j--) {
      const cell = start + j;
      if (cell === cells - 1) continue;
      let count = 0;
      let max = -Infinity;
      for (let bead = 0; bead < beadCount; bead++) {
        const nr = r + (BEAD_SRC[bead] as number);
        if (nr >= rows) continue;
        const nj = j + (BEAD_TGT[bead] as number);
        if (nj < (band.lo[nr] as number) || nj > (band.hi[nr] as number)) continue;
        const next = (rowStart[nr] as number) + nj;
        const score = scores[next * beadCount + bead] as number;
        if (score === -Infinity) continue;
        const value = (backward[next] as number) + score * scale;
        if (value === -Infinity) continue;
        terms[count++] = value;
        if (value > max) max = value;
      }
      backward[cell] = logSum(count, max);
    }
  }
  const total = forward[cells - 1] as number;
  const result = new Float64Array(path.length);
  path.forEach((step, k) => {
    const start = cellOf(band, step.i - i0, step.j);
    const end = cellOf(band, step.i + (BEAD_SRC[step.bead] as number) - i0, step.j + (BEAD_TGT[step.bead] as number));
    const logP = (forward[start] as number) + step.score * scale + (backward[end] as number) - total;
    result[k] = Math.min(1, Math.exp(logP));
  });
  return result;
}
