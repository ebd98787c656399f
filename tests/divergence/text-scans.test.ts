import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { letterRunEnd, letterRuns } from '../../shared/divergence/text/letter-runs';
import { findNumbers } from '../../shared/divergence/text/numbers';
import { buildSideText } from '../../shared/divergence/text/side-text';
import { wordSpans } from '../../shared/divergence/text/word-spans';
import { tokenizeWords } from '../../shared/lexicon/word-key';
import type { LangCode } from '../../shared/types';
import { documentFromLines } from './documents';

const SAMPLE = join(import.meta.dirname, '..', '..', 'resources', 'samples', 'lavrov-osce-2026-02-06');

/** What `tokenizeWords` gives, in the shape `wordSpans` answers. */
function expected(text: string, lang: LangCode): string[] {
  return tokenizeWords(text, lang).map((word) => `${word.start}-${word.end}-${word.kind}`);
}

function actual(text: string, lang: LangCode): string[] | undefined {
  const spans = wordSpans(text, lang);
  if (!spans) return undefined;
  const words: string[] = [];
  for (let k = 0; k < spans.length; k += 3) words.push(`${spans[k]}-${spans[k + 1]}-${spans[k + 2] === 1 ? 'number' : 'word'}`);
  return words;
}

describe('word spans', () => {
  it('are the spans of tokenizeWords on a real document', () => {
    for (const [file, lang] of [['en.txt', 'en'], ['ru.txt', 'ru']] as const) {
      for (const line of readFileSync(join(SAMPLE, file), 'utf8').split('\n')) expect(actual(line, lang)).toEqual(expected(line, lang));
    }
  });

  it('are the spans of tokenizeWords around every character of the basic plane and some beyond', () => {
    const differing: string[] = [];
    const compare = (text: string): void => {
      const spans = actual(text, 'en');
      if (spans !== undefined && JSON.stringify(spans) !== JSON.stringify(expected(text, 'en'))) differing.push(text);
    };
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      compare(`a${char}b ${char}1'${char} ${char}`);
    }
    for (let code = 0x10000; code < 0x30000; code += 97) {
      const char = String.fromCodePoint(code);
      compare(`q${char}.${char}'${char}x 1${char}`);
    }
    expect(differing).toEqual([]);
  });

  it('keep apostrophes inside words, and tell numbers from words', () => {
    const text = "don't 'quoted' rock’n’roll x''y 12'34 ١٢ 12a Ⅻ м'ясо";
    expect(actual(text, 'ru')).toEqual(expected(text, 'ru'));
    expect(actual(text, 'ru')).toContain('0-5-word');
  });

  it('leave Chinese and Japanese characters and elisions to tokenizeWords', () => {
    expect(wordSpans('中文 abc', 'en')).toBeUndefined();
    expect(wordSpans('ー', 'ja')).toBeUndefined();
    expect(wordSpans("l'homme", 'fr')).toBeUndefined();
    expect(wordSpans("l'homme", 'en')).toEqual([0, 7, 0]);
  });
});

describe('letter runs', () => {
  const reference = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

  it('are the text lower-cased with every run of other characters made one space, around every character', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      const text = `A${char}b ${char}1.${char}`;
      if (letterRuns(text) !== reference(text)) differing.push(text);
    }
    for (let code = 0x10000; code < 0x30000; code += 97) {
      const char = String.fromCodePoint(code);
      const text = `Q${char}.${char}x`;
      if (letterRuns(text) !== reference(text)) differing.push(text);
    }
    expect(differing).toEqual([]);
    expect(letterRuns(' «Hello», World… 2026! ')).toBe('hello world 2026');
    expect(letterRuns('')).toBe('');
  });
});

describe('runs of letters', () => {
  /** Every run as start-end, read with letterRunEnd from each offset on, as the number scan reads a text. */
  const runsOf = (text: string): string[] => {
    const runs: string[] = [];
    let at = 0;
    while (at < text.length) {
      const end = letterRunEnd(text, at);
      if (end === at) at += 1;
      else {
        runs.push(`${at}-${end}`);
        at = end;
      }
    }
    return runs;
  };
  const reference = (text: string): string[] => [...text.matchAll(/\p{L}+/gu)].map((match) => `${match.index}-${match.index + match[0].length}`);

  it('are the matches of /\\p{L}+/u around every character of the basic plane and some beyond, lone surrogates included', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      const text = `a${char}b ${char}1.${char}Ж${char}`;
      if (JSON.stringify(runsOf(text)) !== JSON.stringify(reference(text))) differing.push(text);
    }
    for (let code = 0x10000; code < 0x30000; code += 97) {
      const char = String.fromCodePoint(code);
      const text = `q${char}.${char}x ${char}`;
      if (JSON.stringify(runsOf(text)) !== JSON.stringify(reference(text))) differing.push(text);
    }
    expect(differing).toEqual([]);
    expect(runsOf('twenty-five и двадцать 𝐀𝐁 5x')).toEqual(['0-6', '7-11', '12-13', '14-22', '23-27', '29-30']);
  });
});

describe('numbers in words found from the tokens', () => {
  it('are those found by reading every letter run, on a real document and around number words', () => {
    const texts: [string, LangCode][] = [];
    for (const [file, lang] of [['en.txt', 'en'], ['ru.txt', 'ru']] as const) {
      for (const line of readFileSync(join(SAMPLE, file), 'utf8').split('\n')) texts.push([line, lang]);
    }
    texts.push(
      ['Nothing here until the very end: twenty-five and one hundred and five', 'en'],
      ['He came second; then one, two — and three thousand', 'en'],
      ['Сначала ничего, а потом двести тридцать пять и три тысячи', 'ru'],
      ['中文 and then twenty one', 'en'],
      ["one's own, twenty'", 'en'],
      // Connectors and other words between number words, inside tokens or not.
      ['twenty and five, twenty-and-five, three hundred and-so on, one andy two', 'en'],
      ['сто и пять, двадцать ёлок и три, сорок-и-два, семь И восемь', 'ru'],
    );
    let withWords = 0;
    for (const [text, lang] of texts) {
      const side = buildSideText(documentFromLines([text], lang), [0], 'src');
      const fromTokens = findNumbers(text, lang, side.tokens);
      expect(fromTokens).toEqual(findNumbers(text, lang));
      if (fromTokens.some((mention) => mention.words)) withWords += 1;
    }
    expect(withWords).toBeGreaterThan(5);
  });
});
