/**
 * The vecalign alignment format: one bead per line, `[i,j]:[k]:score`, 0-based sentence indices, an empty side
 * written `[]`, beads in document order.
 */
import type { AlignedPair } from '../types';

/** Formats a confidence for the text formats (three decimals, no trailing zeros). */
export function formatScore(score: number): string {
  return String(Math.round(score * 1000) / 1000);
}

/** Writes beads in vecalign format, one per line (with a final newline). */
export function writeVecalign(pairs: readonly AlignedPair[]): string {
  return pairs.map((pair) => `[${pair.src.join(',')}]:[${pair.tgt.join(',')}]:${formatScore(pair.score)}\n`).join('');
}
