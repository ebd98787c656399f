import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../electron/main/lexicon/load-lexicon';
import type { FlagKind } from '../../shared/types';
import { divergentCases, faithfulCases, loadFaithfulPairs, scoreLabelledSet } from './labelled-set';

// Floors from the issue: recall per kind on injected divergences, and at most 1 faithful pair in 10 with a
// warning or error (the aim is 1 in 20).
const FLOORS: Partial<Record<FlagKind, number>> = {
  gloss: 0.9,
  number: 0.9,
  name: 0.9,
  untranslated: 0.9,
  unaligned: 0.9,
  omission: 0.7,
  addition: 0.7,
};

describe('labelled divergence set (WMT22 en–ru pairs both ways, hand-written culture sentences)', () => {
  const lexicon = loadLexicon('en', 'ru');
  if (!lexicon) throw new Error('the shipped en–ru lexicon is missing');
  const scores = scoreLabelledSet(lexicon);

  it('is big enough to measure', () => {
    const pairs = loadFaithfulPairs();
    expect(pairs.length).toBeGreaterThanOrEqual(200);
    expect(faithfulCases(pairs).length).toBeGreaterThanOrEqual(400);
    for (const kind of Object.keys(FLOORS) as FlagKind[]) {
      expect(divergentCases(pairs, lexicon).filter((testCase) => testCase.expect?.kind === kind).length, kind).toBeGreaterThanOrEqual(40);
    }
  });

  it.each(Object.entries(FLOORS))('finds %s at or above its recall floor', (kind, floor) => {
    const entry = scores.recall[kind as FlagKind];
    expect(entry).toBeDefined();
    const recall = (entry?.found ?? 0) / (entry?.total ?? 1);
    console.log(`${kind}: recall ${recall.toFixed(3)} (${entry?.found}/${entry?.total})`);
    expect(recall).toBeGreaterThanOrEqual(floor);
  });

  it('keeps warnings and errors off faithful pairs', () => {
    const { flagged, total } = scores.falseFlags;
    console.log(`faithful pairs with a warning or error: ${flagged}/${total} = ${(flagged / total).toFixed(3)}`);
    expect(flagged / total).toBeLessThanOrEqual(0.1);
  });
});
