// normalizeWord and wordKey skip Unicode normalisation for words of ASCII and Cyrillic letters. This checks, over
// every such character and every pair of them, that the shortcut gives what the full normalisation gives.
import { describe, expect, it } from 'vitest';
import { isAsciiOrCyrillic, normalizeWord } from '../../shared/lexicon/normalize-word';

/** normalizeWord without the shortcut: NFKC, lower case, ё → е, one apostrophe, no edge apostrophes or hyphens. */
function fullyNormalized(word: string): string {
  let normal = word.normalize('NFKC').toLowerCase();
  normal = normal.replaceAll('ё', 'е');
  return normal.replace(/[’ʼ‘`´]/g, "'").replace(/^['\-‐‑]+|['\-‐‑]+$/g, '');
}

/** Whether decomposing and composing again (what wordKey does to remove Latin diacritics) changes the word. */
function survivesDecomposition(word: string): boolean {
  return word.normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC') === word;
}

const characters: string[] = [];
for (let code = 0; code < 0x500; code++) if (code < 0x80 || code >= 0x400) characters.push(String.fromCharCode(code));

describe('normalizeWord shortcut for ASCII and Cyrillic words', () => {
  it('gives the full normalisation for every character and every pair of characters', () => {
    let mismatches: string[] = [];
    for (const first of characters) {
      for (const word of [first, ...characters.map((second) => first + second)]) {
        for (const lang of ['en', 'ru'] as const) {
          if (normalizeWord(word, lang) !== fullyNormalized(word)) mismatches.push(`${lang} ${JSON.stringify(word)}`);
        }
        if (isAsciiOrCyrillic(word) && !survivesDecomposition(word)) mismatches.push(`decomposition ${JSON.stringify(word)}`);
      }
      if (mismatches.length > 10) break;
    }
    mismatches = mismatches.slice(0, 10);
    expect(mismatches).toEqual([]);
  });

  it('takes words of other scripts and with marks the long way', () => {
    expect(isAsciiOrCyrillic('Лавров')).toBe(true);
    expect(isAsciiOrCyrillic('Régime')).toBe(false);
    expect(isAsciiOrCyrillic('и\u0306')).toBe(false);
    expect(isAsciiOrCyrillic('a\u0483')).toBe(false);
    expect(normalizeWord('Ёлка', 'ru')).toBe('елка');
    expect(normalizeWord("'Don’t-", 'en')).toBe("don't");
    expect(normalizeWord('ＡＢＣ', 'en')).toBe('abc');
    expect(normalizeWord('İstanbul', 'tr')).toBe('istanbul');
  });
});
