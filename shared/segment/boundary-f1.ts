/** Boundary precision, recall and F1 of a sentence split against a reference split of the same text. */

/** Scores of a segmentation against a reference. */
export interface BoundaryScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Boundaries in the reference, in the hypothesis, and in both. */
  readonly reference: number;
  readonly hypothesis: number;
  readonly correct: number;
}

/** Sentence-end positions counted in non-whitespace characters (so spacing differences do not matter). */
function boundaryPositions(sentences: readonly string[]): Set<number> {
  const positions = new Set<number>();
  let count = 0;
  for (const sentence of sentences) {
    count += sentence.replace(/\s+/gu, '').length;
    positions.add(count);
  }
  positions.delete(count);
  return positions;
}

/**
 * Compares two splits of the same text. Every sentence end but the last is a boundary; a boundary is
 * correct when the reference has one after the same number of non-whitespace characters.
 */
export function boundaryF1(reference: readonly string[], hypothesis: readonly string[]): BoundaryScores {
  const gold = boundaryPositions(reference);
  const found = boundaryPositions(hypothesis);
  let correct = 0;
  for (const position of found) if (gold.has(position)) correct++;
  const precision = found.size === 0 ? (gold.size === 0 ? 1 : 0) : correct / found.size;
  const recall = gold.size === 0 ? 1 : correct / gold.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, reference: gold.size, hypothesis: found.size, correct };
}
