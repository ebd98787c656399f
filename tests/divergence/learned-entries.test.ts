// The word pairs a document teaches (learnedEntries) against their definition, counted the plain way with a map per
// source key: the same pairs, the same order (source keys as first met, each with its targets as first met together),
// on random documents with keys that repeat, some often together.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/bench/seeded-random';
import { learnedEntries, type UnmatchedKeys } from '../../shared/divergence/learn-word-pairs';
import { resolveDivergenceSettings } from '../../shared/divergence/settings';

function byDefinition(pairs: readonly (UnmatchedKeys | undefined)[], minPairs: number, minDice: number): [string, string[]][] {
  const sources = new Map<string, { pairs: number; together: Map<string, number> }>();
  const targets = new Map<string, number>();
  for (const keys of pairs) {
    if (!keys) continue;
    for (const t of keys[1]) targets.set(t, (targets.get(t) ?? 0) + 1);
    for (const s of keys[0]) {
      const source = sources.get(s) ?? { pairs: 0, together: new Map<string, number>() };
      sources.set(s, source);
      source.pairs += 1;
      for (const t of keys[1]) source.together.set(t, (source.together.get(t) ?? 0) + 1);
    }
  }
  const entries: [string, string[]][] = [];
  for (const [s, source] of sources) {
    const learned = [...source.together].filter(([t, count]) => count >= minPairs && (2 * count) / (source.pairs + (targets.get(t) ?? 0)) >= minDice).map(([t]) => t);
    if (learned.length > 0) entries.push([s, learned]);
  }
  return entries;
}

/** `count` pairs of distinct unmatched keys; word i of a side often comes with word i of the other. */
function randomPairs(next: () => number, count: number, vocabulary: number): (UnmatchedKeys | undefined)[] {
  const distinct = (keys: string[]): string[] => [...new Set(keys)];
  return Array.from({ length: count }, () => {
    if (next() < 0.05) return undefined;
    const src: string[] = [];
    const tgt: string[] = [];
    for (let k = Math.floor(next() * 6); k > 0; k--) {
      const word = Math.floor(vocabulary * next() ** 2);
      src.push(`s${word}`);
      if (next() < 0.7) tgt.push(`t${word}`);
    }
    for (let k = Math.floor(next() * 3); k > 0; k--) tgt.push(`t${Math.floor(vocabulary * next())}`);
    return [distinct(src), distinct(tgt)] as const;
  });
}

describe('learnedEntries', () => {
  it('teaches the pairs the definition does, in its order', () => {
    const next = seededRandom(7);
    for (const [minPairs, minDice] of [[2, 0.6], [1, 0.3], [3, 0.8]] as const) {
      for (const vocabulary of [5, 40, 300]) {
        const pairs = randomPairs(next, 400, vocabulary);
        const settings = resolveDivergenceSettings({ learning: { minPairs, minDice } });
        const found = learnedEntries(pairs, settings);
        expect(found).toEqual(byDefinition(pairs, minPairs, minDice));
        if (vocabulary === 40) expect(found.length).toBeGreaterThan(0);
      }
    }
  });
});
