/**
 * Tab-separated pairs for a spreadsheet: source text, target text, confidence, one pair per line. Sentences of
 * one side are joined with a space; tabs and line breaks inside text become spaces so columns stay aligned.
 */
import type { AlignedPair } from '../types';
import { formatScore } from './vecalign';

const CELL_BREAKERS = /[\t\r\n]+/g;

function sideText(sentences: readonly string[], indices: readonly number[]): string {
  return indices.map((index) => sentences[index] ?? '').join(' ').replace(CELL_BREAKERS, ' ');
}

/** Writes aligned pairs as TSV lines (no header, final newline). */
export function writeAlignTsv(source: readonly string[], target: readonly string[], pairs: readonly AlignedPair[]): string {
  return pairs.map((pair) => `${sideText(source, pair.src)}\t${sideText(target, pair.tgt)}\t${formatScore(pair.score)}\n`).join('');
}
