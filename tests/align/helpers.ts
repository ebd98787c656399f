// The coverage invariants every alignment must keep.
import { expect } from 'vitest';
import type { AlignedPair } from '../../shared/types';

export { FIXTURES, samplePair, wmtCase } from './fixtures';

/** Asserts: beads in order, each sentence of both sides exactly once, consecutive runs, scores in 0..1. */
export function expectCoverage(pairs: readonly AlignedPair[], srcCount: number, tgtCount: number): void {
  let nextSrc = 0;
  let nextTgt = 0;
  for (const pair of pairs) {
    expect(pair.src.length + pair.tgt.length).toBeGreaterThan(0);
    for (const s of pair.src) expect(s).toBe(nextSrc++);
    for (const t of pair.tgt) expect(t).toBe(nextTgt++);
    expect(pair.score).toBeGreaterThanOrEqual(0);
    expect(pair.score).toBeLessThanOrEqual(1);
  }
  expect(nextSrc).toBe(srcCount);
  expect(nextTgt).toBe(tgtCount);
}
