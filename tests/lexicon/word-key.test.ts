import { describe, expect, it } from 'vitest';
import { isStopword, normalizeWord, tokenizeWords, wordKey } from '../../shared/lexicon/word-key';

describe('wordKey', () => {
  it('stems Russian inflected forms to one key', () => {
    expect(wordKey('переговорах', 'ru')).toBe(wordKey('переговоры', 'ru'));
    expect(wordKey('обсуждали', 'ru')).toBe(wordKey('обсуждать', 'ru'));
    expect(wordKey('Министра', 'ru')).toBe(wordKey('министр', 'ru'));
    expect(wordKey('войны', 'ru')).toBe(wordKey('война', 'ru'));
  });

  it('repairs Snowball on short Russian verbs so their forms share a key', () => {
    const forms = (words: string): Set<string> => new Set(words.split(' ').map((word) => wordKey(word, 'ru')));
    expect(forms('знать знаю знает знают знал знали')).toEqual(new Set(['зна']));
    expect(forms('дать даю дает дал дали')).toEqual(new Set(['да']));
    expect(forms('видеть видит видел')).toEqual(new Set(['вид']));
    expect(forms('хотеть хотят хотел')).toEqual(new Set(['хот']));
    expect(wordKey('план', 'ru')).toBe('план');
    expect(wordKey('пакета', 'ru')).toBe(wordKey('пакет', 'ru'));
  });

  it('takes English irregular forms to their base word, but not forms that are words of their own', () => {
    expect(wordKey('told', 'en')).toBe(wordKey('tell', 'en'));
    expect(wordKey('Went', 'en')).toBe(wordKey('go', 'en'));
    expect(wordKey('children', 'en')).toBe(wordKey('child', 'en'));
    expect(wordKey('feet', 'en')).toBe(wordKey('foot', 'en'));
    expect(wordKey('leaves', 'en')).toBe(wordKey('leave', 'en'));
    expect(wordKey('left', 'en')).not.toBe(wordKey('leave', 'en'));
    expect(wordKey('ground', 'en')).not.toBe(wordKey('grind', 'en'));
  });

  it('conflates German verb and adjective forms in -t, but not capitalised nouns', () => {
    const forms = (words: string): Set<string> => new Set(words.split(' ').map((word) => wordKey(word, 'de')));
    expect(forms('zeigen zeigt zeigte zeigten gezeigt')).toEqual(new Set(['zeig']));
    expect(forms('arbeiten arbeitet gearbeitet')).toEqual(new Set([wordKey('arbeiten', 'de')]));
    expect(forms('kalt kalte kalten')).toEqual(new Set([wordKey('kalt', 'de')]));
    expect(wordKey('Macht', 'de')).not.toBe(wordKey('macht', 'de'));
    expect(wordKey('macht', 'de')).toBe(wordKey('machen', 'de'));
  });

  it('writes ё as е', () => {
    expect(normalizeWord('Ещё', 'ru')).toBe('еще');
    expect(wordKey('всё', 'ru')).toBe(wordKey('все', 'ru'));
  });

  it('stems English, German and French and removes Latin diacritics after stemming', () => {
    expect(wordKey('Talks', 'en')).toBe('talk');
    expect(wordKey('discussed', 'en')).toBe(wordKey('discussing', 'en'));
    expect(wordKey('Berge', 'de')).toBe(wordKey('Berg', 'de'));
    expect(wordKey('Häuser', 'de')).toBe(wordKey('Haus', 'de'));
    expect(wordKey('Straße', 'de')).toBe('strass');
    expect(wordKey('montagnes', 'fr')).toBe(wordKey('montagne', 'fr'));
    expect(wordKey('Régime', 'fr')).toBe(wordKey('régimes', 'fr'));
    expect(wordKey('été', 'fr')).not.toMatch(/[éè]/);
  });

  it('keeps the marks of Cyrillic letters', () => {
    expect(wordKey('йод', 'ru')).toContain('й');
    expect(wordKey('їжак', 'uk')).toContain('ї');
  });

  it('strips Ukrainian inflectional endings', () => {
    expect(wordKey('переговорах', 'uk')).toBe(wordKey('переговори', 'uk'));
    expect(wordKey('міністра', 'uk')).toBe(wordKey('міністр', 'uk'));
    expect(wordKey('України', 'uk')).toBe(wordKey('Україна', 'uk'));
  });

  it('leaves Chinese and Japanese words as they are, lower-casing Latin letters', () => {
    expect(wordKey('友谊', 'zh')).toBe('友谊');
    expect(wordKey('ＡＢＣ', 'ja')).toBe('abc');
  });

  it('returns the same key from the memo', () => {
    const first = wordKey('обсуждали', 'ru');
    expect(wordKey('обсуждали', 'ru')).toBe(first);
  });
});

describe('isStopword', () => {
  it('knows function words and not content words', () => {
    expect(isStopword('The', 'en')).toBe(true);
    expect(isStopword('war', 'en')).toBe(false);
    expect(isStopword('и', 'ru')).toBe(true);
    expect(isStopword('которые', 'ru')).toBe(true);
    expect(isStopword('война', 'ru')).toBe(false);
    expect(isStopword("l'", 'fr')).toBe(true);
    expect(isStopword('und', 'de')).toBe(true);
    expect(isStopword('anything', 'xx')).toBe(false);
    expect(isStopword("didn't", 'en')).toBe(true);
    expect(isStopword('I’m', 'en')).toBe(true);
    expect(isStopword("can't", 'en')).toBe(true);
    expect(isStopword("Russia's", 'en')).toBe(false);
    expect(isStopword('说', 'zh')).toBe(false);
    expect(isStopword('的', 'zh')).toBe(true);
    expect(isStopword('when', 'en')).toBe(true);
    expect(isStopword('She', 'en')).toBe(true);
    expect(isStopword('сегодня', 'ru')).toBe(false);
    expect(isStopword('today', 'en')).toBe(false);
  });
});

describe('tokenizeWords', () => {
  it('returns words and numbers with offsets into the text', () => {
    const text = 'Лавров и Кассис обсудили 5 пунктов — «кризис».';
    const tokens = tokenizeWords(text, 'ru');
    expect(tokens.map((token) => token.text)).toEqual(['Лавров', 'и', 'Кассис', 'обсудили', '5', 'пунктов', 'кризис']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens[4].kind).toBe('number');
    expect(tokens[3].kind).toBe('word');
  });

  it('keeps English contractions and splits hyphenated words', () => {
    expect(tokenizeWords("Don't re-elect the vice-president's team", 'en').map((token) => token.text))
      .toEqual(["Don't", 're', 'elect', 'the', 'vice', "president's", 'team']);
  });

  it('splits French elisions but keeps aujourd’hui', () => {
    const text = "L'homme qu'il voit aujourd’hui";
    const tokens = tokenizeWords(text, 'fr');
    expect(tokens.map((token) => token.text)).toEqual(["L'", 'homme', "qu'", 'il', 'voit', 'aujourd’hui']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('makes one token per ideograph or kana, and keeps Latin runs inside CJK text', () => {
    const text = '我说，既然我是假的2026年DNA。カタカナ';
    const tokens = tokenizeWords(text, 'zh');
    expect(tokens.map((token) => token.text)).toEqual(
      ['我', '说', '既', '然', '我', '是', '假', '的', '2026', '年', 'DNA', 'カ', 'タ', 'カ', 'ナ'],
    );
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it("keeps Ukrainian apostrophes inside words", () => {
    expect(tokenizeWords("м'ясо та п’ять", 'uk').map((token) => token.text)).toEqual(["м'ясо", 'та', 'п’ять']);
  });
});
