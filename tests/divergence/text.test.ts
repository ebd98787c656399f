import { describe, expect, it } from 'vitest';
import { findAsides } from '../../shared/divergence/text/asides';
import { findNumbers, sameNumber } from '../../shared/divergence/text/numbers';
import { DEFAULT_DIVERGENCE_SETTINGS } from '../../shared/divergence/settings';
import { sameSkeleton, spellingSimilarity } from '../../shared/divergence/text/similarity';
import { glossaryLexicon } from '../../shared/glossary/glossary-lexicon';
import { wordKey } from '../../shared/lexicon/word-key';

function numbers(text: string, lang: string): [string, number[]][] {
  return findNumbers(text, lang).map((mention) => [text.slice(mention.start, mention.end), [...mention.values]]);
}

describe('numbers', () => {
  it('reads digits with separators, decimals, scales, dates and times', () => {
    expect(numbers('In 2007 he paid $1,500 and 3.5 million; on 06.02.2026 at 15:45 and at 12:00', 'en')).toEqual([
      ['2007', [2007]], ['1,500', [1500]], ['3.5 million', [3.5, 3_500_000]], ['06', [6]], ['02', [2]], ['2026', [2026]],
      ['15', [15]], ['45', [45]], ['12', [12]],
    ]);
    expect(numbers('В 2007 г. — 1 500 рублей и 3,5 млн; «1,500» бывает и дробью', 'ru')).toEqual([
      ['2007', [2007]], ['1 500', [1500]], ['3,5 млн', [3.5, 3_500_000]], ['1,500', [1500, 1.5]],
    ]);
  });

  it('reads number words and compounds in both languages', () => {
    expect(numbers('one hundred thirty, ten, twenty-five, a hundred and five', 'en').map(([, values]) => values)).toEqual([[130], [10], [25], [105]]);
    expect(numbers('сто тридцать, десяти, три тысячи, двух тысяч семи, пятиэтажный дом, семинар', 'ru').map(([, values]) => values)).toEqual([[130], [10], [3000], [2007], [5]]);
  });

  it('compares every reading', () => {
    const [a] = findNumbers('1,500', 'ru');
    const [b] = findNumbers('1.5', 'en');
    expect(a && b && sameNumber(a, b)).toBe(true);
  });
});

describe('spelling similarity across scripts', () => {
  it('matches transliterated names and their Russian case forms', () => {
    expect(spellingSimilarity('Синирлиоглу', 'Sinirlioğlu')).toBe(1);
    expect(spellingSimilarity('Алексеева', 'Alexeyev')).toBeGreaterThan(0.8);
    expect(spellingSimilarity('Путиным', 'Putin')).toBeGreaterThan(0.8);
    expect(sameSkeleton('Джеймса', 'James')).toBe(true);
    expect(spellingSimilarity('Лондон', 'Lisbon')).toBeLessThan(0.6);
  });

  it('reads an English ow as Russian ау or оу, and Russian х as an English h', () => {
    const { minSimilarity } = DEFAULT_DIVERGENCE_SETTINGS.names;
    // WMT22: Downing Street, «Аббатство Даунтон», Julian Fellowes, Hannah Whitehouse.
    for (const [russian, english] of [['Даунинг', 'Downing'], ['Даунтон', 'Downton'], ['Браун', 'Brown'], ['Феллоуз', 'Fellowes'], ['Сноу', 'Snow'], ['Ханна', 'Hannah']]) {
      expect(spellingSimilarity(russian as string, english as string), `${russian} ${english}`).toBeGreaterThanOrEqual(minSimilarity);
    }
    // Before a vowel an ow stays a v (Howard, Говард), and a Russian name spelled with kh still meets.
    expect(spellingSimilarity('Говард', 'Howard')).toBe(1);
    expect(spellingSimilarity('Ходорковский', 'Khodorkovsky')).toBeGreaterThanOrEqual(minSimilarity);
    expect(spellingSimilarity('Браун', 'Brno')).toBeLessThan(minSimilarity);
  });

  it('reads an English i or y before a consonant and a silent e as Russian ай', () => {
    const { minSimilarity } = DEFAULT_DIVERGENCE_SETTINGS.names;
    for (const [russian, english] of [['Майк', 'Mike'], ['Кайл', 'Kyle'], ['Уайт', 'White'], ['Клайв', 'Clive'], ['Майкл', 'Michael']]) {
      expect(spellingSimilarity(russian as string, english as string), `${russian} ${english}`).toBeGreaterThanOrEqual(minSimilarity);
    }
    // Russian names with ай still meet their usual spellings.
    expect(spellingSimilarity('Байкал', 'Baikal')).toBe(1);
    expect(spellingSimilarity('Майкл', 'Miguel')).toBeLessThan(minSimilarity);
  });
});

describe('asides', () => {
  it('finds brackets, dash pairs and a trailing dash clause', () => {
    const text = 'A bucha – which means ‘frenzy’ in Russian – was stirred up (a pun) over that village – literally.';
    expect(findAsides(text).map((aside) => [text.slice(aside.start, aside.end), aside.type, aside.closed])).toEqual([
      ['– which means ‘frenzy’ in Russian –', 'dash', true],
      ['(a pun)', 'bracket', true],
      ['– literally', 'dash', false],
    ]);
  });
});

describe('glossary lexicon', () => {
  it('maps every word of a source term to the words of its target terms', () => {
    const lexicon = glossaryLexicon({ srcLang: 'ru', tgtLang: 'en', entries: [{ source: 'специальная военная операция', targets: ['special military operation'] }] });
    expect([...(lexicon.translationsOf(wordKey('военной', 'ru')) ?? [])]).toContain(wordKey('military', 'en'));
    expect(lexicon.reversed().translationsOf(wordKey('operations', 'en'))?.has(wordKey('операция', 'ru'))).toBe(true);
  });
});
