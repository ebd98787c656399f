// The shipped lexicons were keyed with snowball-stemmers; Russian and English words are now stemmed with nlp.js's
// faster generation of the same Snowball algorithms, so both must give the same stem for every word.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en';
import StemmerRu from '@nlpjs/lang-ru/src/stemmer-ru';
import * as snowball from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';

const SAMPLE = join(__dirname, '..', '..', 'resources', 'samples', 'lavrov-osce-2026-02-06');

function wordsOf(file: string): string[] {
  const text = readFileSync(join(SAMPLE, file), 'utf8').toLowerCase().replaceAll('ё', 'е');
  return [...new Set(text.match(/[\p{L}]+/gu) ?? [])];
}

describe('nlp.js Snowball stemmers', () => {
  it.each([
    ['ru', 'russian', StemmerRu, 'ru.txt', ['знать', 'знает', 'хотели', 'переговоров', 'сотрудничества', 'безопасности', 'ёлка']],
    ['en', 'english', StemmerEn, 'en.txt', ['running', 'generously', 'organizational', 'skies', 'dying', 'cooperation']],
  ] as const)('stem %s words as snowball-stemmers does', (_lang, algorithm, Stemmer, file, extra) => {
    const reference = snowball.newStemmer(algorithm);
    const fast = new Stemmer();
    const words = [...wordsOf(file), ...extra];
    expect(words.length).toBeGreaterThan(500);
    const differing = words.filter((word) => {
      fast.setCurrent(word);
      fast.innerStem();
      return fast.getCurrent() !== reference.stem(word);
    });
    expect(differing).toEqual([]);
  });
});
