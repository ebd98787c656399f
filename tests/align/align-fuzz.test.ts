// Random small document pairs (cut from the sample) with random anchors: the aligner must never throw and must
// always return a complete, ordered alignment that contains the anchors.
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../shared/align/align-documents';
import type { AlignedPair } from '../../shared/types';
import { documentFromLines } from '../../scripts/bench/bench-documents';
import { expectCoverage, samplePair } from './helpers';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

describe('alignDocuments on random small pairs', () => {
  const { srcLines, tgtLines } = samplePair();

  it('covers every sentence once and keeps the anchors, for 150 random pairs', () => {
    const next = random(7);
    for (let round = 0; round < 150; round++) {
      const n = Math.floor(next() * 12);
      const m = Math.floor(next() * 12);
      const from = Math.floor(next() * 150);
      const src = srcLines.slice(from, from + n);
      const tgt = round % 5 === 0 ? srcLines.slice(from + 3, from + 3 + m) : tgtLines.slice(from, from + m);
      const anchors: AlignedPair[] = [];
      if (n > 2 && m > 2 && next() < 0.5) {
        const s = Math.floor(next() * (n - 1));
        const t = Math.floor(next() * (m - 1));
        anchors.push({ src: next() < 0.3 ? [] : [s], tgt: [t], score: 1 });
      }
      const alignment = alignDocuments(documentFromLines(src, 'ru'), documentFromLines(tgt, round % 5 === 0 ? 'ru' : 'en'), { anchors });
      expectCoverage(alignment.pairs, src.length, tgt.length);
      for (const anchor of anchors) expect(alignment.pairs).toContain(anchor);
    }
  });
});
