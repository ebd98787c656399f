// Strict and lax precision/recall/F1 of sentence alignments (the definitions of ../shared/bench/README.md), and
// how well a per-bead confidence separates right from wrong beads.

/** One bead: source and target sentence indices. */
export interface Bead {
  readonly src: readonly number[];
  readonly tgt: readonly number[];
}

/** Counts summed over the cases of a data set. */
export interface Counts {
  hyp: number;
  gold: number;
  strictCorrect: number;
  laxCorrect: number;
  goldNonEmpty: number;
  strictCorrectNonEmpty: number;
  /** Gold beads (both sides non-empty) that share a link with some hypothesis bead. */
  laxCorrectNonEmpty: number;
}

/** Precision, recall and F1. */
export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f: number;
}

/** Parses a gold/vecalign-style file: one bead per line, `[3, 4]:[5]` (a third `:score` field is ignored). */
export function parseBeads(text: string): Bead[] {
  const beads: Bead[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]/.exec(line);
    if (!match) continue;
    const list = (part: string | undefined): number[] => (part ?? '').split(',').map((x) => x.trim()).filter((x) => x !== '').map(Number);
    beads.push({ src: list(match[1]), tgt: list(match[2]) });
  }
  return beads;
}

const beadKey = (bead: Bead): string => `${bead.src.join(',')}:${bead.tgt.join(',')}`;

/** Empty counts. */
export function emptyCounts(): Counts {
  return { hyp: 0, gold: 0, strictCorrect: 0, laxCorrect: 0, goldNonEmpty: 0, strictCorrectNonEmpty: 0, laxCorrectNonEmpty: 0 };
}

/** Which hypothesis beads are strictly / laxly correct. */
export function judgeBeads(hyp: readonly Bead[], gold: readonly Bead[]): { strict: boolean[]; lax: boolean[] } {
  const goldKeys = new Set(gold.map(beadKey));
  const goldLinks = new Set<string>();
  for (const bead of gold) for (const s of bead.src) for (const t of bead.tgt) goldLinks.add(`${s}:${t}`);
  const strict = hyp.map((bead) => goldKeys.has(beadKey(bead)));
  // A strictly correct bead is laxly correct too (so a right 1-0 or 0-1 bead counts, though it has no link).
  const lax = hyp.map((bead, k) => strict[k] === true || bead.src.some((s) => bead.tgt.some((t) => goldLinks.has(`${s}:${t}`))));
  return { strict, lax };
}

/** Adds one case to the counts. */
export function addCase(counts: Counts, hyp: readonly Bead[], gold: readonly Bead[]): { strict: boolean[]; lax: boolean[] } {
  const judged = judgeBeads(hyp, gold);
  counts.hyp += hyp.length;
  counts.gold += gold.length;
  counts.goldNonEmpty += gold.filter((bead) => bead.src.length > 0 && bead.tgt.length > 0).length;
  hyp.forEach((bead, k) => {
    const nonEmpty = bead.src.length > 0 && bead.tgt.length > 0;
    if (judged.strict[k]) {
      counts.strictCorrect++;
      if (nonEmpty) counts.strictCorrectNonEmpty++;
    }
    if (judged.lax[k]) counts.laxCorrect++;
  });
  // Lax recall counts gold beads that share a link with some hypothesis bead (a gold 1-5 split into five
  // hypothesis beads is one recalled bead, not five).
  const hypLinks = new Set<string>();
  for (const bead of hyp) for (const s of bead.src) for (const t of bead.tgt) hypLinks.add(`${s}:${t}`);
  for (const bead of gold) {
    if (bead.src.some((s) => bead.tgt.some((t) => hypLinks.has(`${s}:${t}`)))) counts.laxCorrectNonEmpty++;
  }
  return judged;
}

function prf(correctAll: number, hyp: number, correctNonEmpty: number, goldNonEmpty: number): Prf {
  const p = hyp > 0 ? correctAll / hyp : 0;
  const r = goldNonEmpty > 0 ? correctNonEmpty / goldNonEmpty : 0;
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** Strict scores: precision over all hypothesis beads, recall over gold beads with two non-empty sides. */
export function strictScores(counts: Counts): Prf {
  return prf(counts.strictCorrect, counts.hyp, counts.strictCorrectNonEmpty, counts.goldNonEmpty);
}

/**
 * Lax scores: a hypothesis bead is right when it is strictly right or shares a link with a gold bead; a gold bead
 * is recalled when it shares a link with a hypothesis bead.
 */
export function laxScores(counts: Counts): Prf {
  return prf(counts.laxCorrect, counts.hyp, counts.laxCorrectNonEmpty, counts.goldNonEmpty);
}

/** Area under the ROC curve of confidence as a predictor of correctness (ties count half). */
export function rocAuc(scores: readonly number[], correct: readonly boolean[]): number {
  const order = scores.map((score, k) => ({ score, ok: correct[k] === true })).sort((x, y) => x.score - y.score);
  let positives = 0;
  let negatives = 0;
  let rankSum = 0;
  for (let k = 0; k < order.length; ) {
    let end = k;
    while (end < order.length && (order[end] as { score: number }).score === (order[k] as { score: number }).score) end++;
    const averageRank = (k + 1 + end) / 2;
    for (let x = k; x < end; x++) {
      if ((order[x] as { ok: boolean }).ok) {
        positives++;
        rankSum += averageRank;
      } else negatives++;
    }
    k = end;
  }
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Share of correct beads among the lowest-scored fraction. */
export function lowBucketPrecision(scores: readonly number[], correct: readonly boolean[], fraction: number): number {
  const order = scores.map((score, k) => ({ score, ok: correct[k] === true })).sort((x, y) => x.score - y.score);
  const size = Math.max(1, Math.round(order.length * fraction));
  return order.slice(0, size).filter((entry) => entry.ok).length / size;
}

/** Expected calibration error: the mean gap between confidence and accuracy over ten equal-width buckets. */
export function calibrationError(scores: readonly number[], correct: readonly boolean[]): number {
  const count = new Array<number>(10).fill(0);
  const sum = new Array<number>(10).fill(0);
  const right = new Array<number>(10).fill(0);
  scores.forEach((score, k) => {
    const bucket = Math.min(9, Math.floor(score * 10));
    count[bucket] = (count[bucket] ?? 0) + 1;
    sum[bucket] = (sum[bucket] ?? 0) + score;
    if (correct[k] === true) right[bucket] = (right[bucket] ?? 0) + 1;
  });
  let error = 0;
  count.forEach((n, bucket) => {
    if (n > 0) error += (n / scores.length) * Math.abs((sum[bucket] ?? 0) / n - (right[bucket] ?? 0) / n);
  });
  return error;
}
