// The aligner's sentence scanner: words, numbers and the punctuation classes it hands to tokenizeSide.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/bench/seeded-random';
import { scanSentence } from '../../shared/align/tokens';

function scan(text: string, withWords = true): string[] {
  const out: string[] = [];
  scanSentence(text, withWords, {
    token: (kind, joined, start, end) => out.push(`${kind === 'word' ? 'w' : 'n'}:${joined.slice(start, end)}`),
    punct: (punctClass) => out.push(`p:${punctClass}`),
  });
  return out;
}

describe('scanSentence', () => {
  it('joins digit groups, drops leading zeros and keeps words with their apostrophes', () => {
    expect(scan('Don’t pay 1 000 or 1,000.5 roubles on 007?')).toEqual(['w:Don’t', 'w:pay', 'n:1000', 'w:or', 'n:1000', 'n:5', 'w:roubles', 'w:on', 'n:7', 'p:?']);
    expect(scan("l'homme «qui» (dit): Да!")).toEqual(["w:l'homme", 'p:"', 'w:qui', 'p:"', 'p:(', 'w:dit', 'p:(', 'p::', 'w:Да', 'p:!']);
  });

  it('keeps combining marks and letters outside the basic plane inside words, and leaves words out when asked', () => {
    expect(scan('cafe\u0301 𝒜b x')).toEqual(['w:cafe\u0301', 'w:𝒜b', 'w:x']);
    expect(scan('Сколько? 25!', false)).toEqual(['p:?', 'n:25', 'p:!']);
  });

  it('joins digit groups exactly where the pattern does, however digits and separators are mixed', () => {
    // The definition: every match of the pattern loses its separators first, then each digit run is a number.
    const groups = /\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d])/gu;
    const numbers = (text: string): string[] =>
      (text.replace(groups, (match) => match.replace(/[^\d]/g, '')).match(/\d+/g) ?? []).map((run) => `n:${run.replace(/^0+(?=\d)/, '')}`);
    const alphabet = ['0', '1', '2', '5', '9', ',', '.', ' ', '\u00a0', '\u202f', 'x'];
    const next = seededRandom(7);
    const random = (below: number): number => Math.floor(next() * below);
    for (let trial = 0; trial < 20_000; trial++) {
      let text = '';
      for (let length = 1 + random(16); length > 0; length--) text += alphabet[random(alphabet.length)];
      expect(scan(text, false), JSON.stringify(text)).toEqual(numbers(text));
    }
  });
});
