import { describe, expect, it } from 'vitest';
import { tokenizeSide, type SideTokens } from '../../shared/align/features';
import { learnWords } from '../../shared/align/learn-words';
import { seededRandom } from '../../scripts/bench/seeded-random';

/** The distinct word keys of a sentence, in order of first occurrence. */
function bag(side: SideTokens, s: number): string[] {
  const keys: string[] = [];
  for (let x = side.sentStart[s] as number; x < (side.sentStart[s + 1] as number); x++) {
    const key = side.types[side.tokenTypes[x] as number]?.wordKey ?? '';
    if (key !== '' && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** learnWords's rule counted pair by pair over every word pair: mutually best Dice, ties to the pair met first. */
function learnByCounting(src: SideTokens, tgt: SideTokens, pairs: readonly (readonly [number, number])[], minCount: number, minDice: number): Map<string, string> {
  const srcFreq = new Map<string, number>();
  const tgtFreq = new Map<string, number>();
  const together = new Map<string, { a: string; b: string; count: number; first: number[] }>();
  pairs.forEach(([s, t], k) => {
    const srcBag = bag(src, s);
    const tgtBag = bag(tgt, t);
    for (const a of srcBag) srcFreq.set(a, (srcFreq.get(a) ?? 0) + 1);
    for (const b of tgtBag) tgtFreq.set(b, (tgtFreq.get(b) ?? 0) + 1);
    srcBag.forEach((a, p) =>
      tgtBag.forEach((b, q) => {
        const entry = together.get(`${a}\u0000${b}`) ?? { a, b, count: 0, first: [k, p, q] };
        entry.count++;
        together.set(`${a}\u0000${b}`, entry);
      }),
    );
  });
  const earlier = (x: number[], y: number[]): boolean => x[0]! < y[0]! || (x[0] === y[0] && (x[1]! < y[1]! || (x[1] === y[1] && x[2]! < y[2]!)));
  const bestOfSrc = new Map<string, { other: string; dice: number; first: number[] }>();
  const bestOfTgt = new Map<string, { other: string; dice: number; first: number[] }>();
  for (const { a, b, count, first } of together.values()) {
    const fa = srcFreq.get(a)!;
    const fb = tgtFreq.get(b)!;
    if (fa < minCount || fb < minCount || count < minCount) continue;
    const dice = (2 * count) / (fa + fb);
    if (dice < minDice) continue;
    for (const [best, key, other] of [[bestOfSrc, a, b], [bestOfTgt, b, a]] as const) {
      const known = best.get(key);
      if (known === undefined || known.dice < dice || (known.dice === dice && earlier(first, known.first))) best.set(key, { other, dice, first });
    }
  }
  const learned = new Map<string, string>();
  for (const [a, { other: b }] of bestOfSrc) if (bestOfTgt.get(b)?.other === a) learned.set(a, b);
  return learned;
}

/** Made-up words of one letter family: word(0), word(1), … are all distinct. */
function word(alphabet: string, n: number): string {
  let text = '';
  for (let k = n + alphabet.length; k > 0; k = Math.floor(k / alphabet.length)) text += alphabet[k % alphabet.length];
  return text;
}

describe('words learned from the first pass', () => {
  it('are the mutually best associated words, the same as counting every word pair', () => {
    const random = seededRandom(11);
    const src: string[] = [];
    const tgt: string[] = [];
    for (let k = 0; k < 400; k++) {
      // Zipf-like word choice: a few frequent words (like "the"), many rare ones; a word mostly comes with its
      // counterpart, sometimes with noise on either side.
      const length = 3 + Math.floor(random() * 8);
      const a: string[] = [];
      const b: string[] = [];
      for (let w = 0; w < length; w++) {
        const id = Math.floor(60 * random() ** 2.5);
        if (random() < 0.9) a.push(word('bcdfghklmnprstvz', id));
        if (random() < 0.8) b.push(word('бвгдзклмнпрстфх', id));
        if (random() < 0.1) b.push(word('бвгдзклмнпрстфх', Math.floor(60 * random())));
      }
      src.push(a.join(' '));
      tgt.push(b.join(' '));
    }
    const srcTokens = tokenizeSide(src, 'en');
    const tgtTokens = tokenizeSide(tgt, 'ru');
    const pairs = src.map((_, k) => [k, k] as const);
    for (const [minCount, minDice] of [[2, 0.5], [3, 0.3], [2, 0.8]] as const) {
      const learned = learnWords(srcTokens, tgtTokens, pairs, { minCount, minDice });
      const expected = learnByCounting(srcTokens, tgtTokens, pairs, minCount, minDice);
      expect(learned.size).toBeGreaterThan(10);
      expect(new Map([...learned].map(([a, set]) => [a, [...set][0]]))).toEqual(expected);
    }
  });

  it('keeps word pairs whose Dice is exactly the least allowed, from either side of the frequency bounds', () => {
    // "kotor" is in six pairs, "песон" in two of them: Dice 2·2 / (6 + 2) = 0.5; "lisak" is in two pairs, "ежон" in
    // six: the same. Every other word occurs once (below minCount).
    const fillers = 'abcdefghijkl';
    const cyrillic = 'абвгдежзиклм';
    const src: string[] = [];
    const tgt: string[] = [];
    for (let k = 0; k < 12; k++) {
      src.push(`${k < 6 ? 'kotor ' : k < 8 ? 'lisak ' : ''}f${fillers[k]}x`);
      tgt.push(`${k < 2 ? 'песон ' : k >= 6 ? 'ежон ' : ''}г${cyrillic[k]}ы`);
    }
    const srcTokens = tokenizeSide(src, 'en');
    const tgtTokens = tokenizeSide(tgt, 'ru');
    const pairs = src.map((_, k) => [k, k] as const);
    const learned = learnWords(srcTokens, tgtTokens, pairs, { minCount: 2, minDice: 0.5 });
    expect(new Map([...learned].map(([a, set]) => [a, [...set][0]]))).toEqual(learnByCounting(srcTokens, tgtTokens, pairs, 2, 0.5));
    expect(learned.size).toBe(2);
  });
});
