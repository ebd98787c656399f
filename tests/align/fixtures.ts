// Fixture loading for the alignment tests (no vitest import, so scripts can use it too).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFromLines, sentenceLines } from '../../scripts/bench/bench-documents';
import { parseBeads, type Bead } from '../../scripts/bench/align-metrics';
import type { SegmentedDocument } from '../../shared/types';

/** Folder of the alignment fixtures. */
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'align');

const read = (...parts: string[]): string => readFileSync(join(FIXTURES, ...parts), 'utf8');

/** The sample pair (ru source, en target) with paragraphs from the raw texts, and its gold beads. */
export function samplePair(): { src: SegmentedDocument; tgt: SegmentedDocument; gold: Bead[]; srcLines: string[]; tgtLines: string[] } {
  const srcLines = sentenceLines(read('sample', 'ru.sentences.txt'));
  const tgtLines = sentenceLines(read('sample', 'en.sentences.txt'));
  return {
    src: documentFromLines(srcLines, 'ru', read('sample', 'ru.txt')),
    tgt: documentFromLines(tgtLines, 'en', read('sample', 'en.txt')),
    gold: parseBeads(read('sample', 'gold.align')),
    srcLines,
    tgtLines,
  };
}

/** One wmt22 case (en source, ru target) and its gold beads. */
export function wmtCase(stem: string): { src: SegmentedDocument; tgt: SegmentedDocument; gold: Bead[] } {
  return {
    src: documentFromLines(sentenceLines(read('wmt22', `${stem}.src`)), 'en'),
    tgt: documentFromLines(sentenceLines(read('wmt22', `${stem}.tgt`)), 'ru'),
    gold: parseBeads(read('wmt22', `${stem}.gold`)),
  };
}

