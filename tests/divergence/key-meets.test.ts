// Whether a word's key meets a translation through the lexicon: the definition (same key, or one a prefix of the
// other, longer by at most one letter — two when the shorter has six or more —, both of four letters or more),
// against the set look-ups the comparison uses (correspondence.ts).
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/bench/seeded-random';
import { keyMeets } from '../../shared/divergence/correspondence';

function meetsByDefinition(translations: ReadonlySet<string>, key: string): boolean {
  if (translations.has(key)) return true;
  if (key.length < 4) return false;
  for (const candidate of translations) {
    if (candidate.length < 4) continue;
    const shorter = candidate.length <= key.length ? candidate : key;
    const longer = candidate.length <= key.length ? key : candidate;
    if (longer.length - shorter.length <= (shorter.length >= 6 ? 2 : 1) && longer.startsWith(shorter)) return true;
  }
  return false;
}

describe('a key meeting a translation', () => {
  it('follows the definition on random keys that share their beginnings', () => {
    const random = seededRandom(20261129);
    // Two letters and few stems, so that keys are often prefixes of one another, at every length from 1 to 11.
    const word = (): string => {
      const length = 1 + Math.floor(random() * 11);
      let text = random() < 0.5 ? 'прив' : 'abab';
      text = text.slice(0, Math.min(4, length));
      while (text.length < length) text += random() < 0.5 ? 'a' : 'б';
      return text;
    };
    // Translations near the key: the key with up to three letters dropped or added.
    const near = (key: string): string => {
      const change = Math.floor(random() * 7) - 3;
      if (change <= 0) return key.slice(0, Math.max(1, key.length + change));
      let text = key;
      for (let k = 0; k < change; k++) text += random() < 0.5 ? 'a' : 'б';
      return text;
    };
    let met = 0;
    for (let round = 0; round < 6000; round++) {
      const key = word();
      const translations = new Set(Array.from({ length: Math.floor(random() * 6) }, () => (random() < 0.5 ? near(key) : word())));
      const expected = meetsByDefinition(translations, key);
      expect(keyMeets(translations, key), `${key} in ${[...translations].join(',')}`).toBe(expected);
      if (expected && !translations.has(key)) met += 1;
    }
    // The cases that are not the same key were met too.
    expect(met).toBeGreaterThan(1000);
  });

  it('meets stems ending at another suffix, not longer differences', () => {
    expect(keyMeets(new Set(['гарант']), 'гарантир')).toBe(true);
    expect(keyMeets(new Set(['show']), 'shown')).toBe(true);
    expect(keyMeets(new Set(['round']), 'rounder')).toBe(false);
    expect(keyMeets(new Set(['abc']), 'abcd')).toBe(false);
    expect(keyMeets(new Set(['переговор']), 'перегов')).toBe(true);
    expect(keyMeets(new Set(['перего']), 'переговор')).toBe(false);
    expect(keyMeets(new Set<string>(), 'war')).toBe(false);
  });
});
