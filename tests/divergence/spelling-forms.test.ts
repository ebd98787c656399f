/**
 * The spelling forms of a word (what the word comparison keeps of it) against their definition written plainly with
 * regular expressions, spreads and reductions: on every word of the sample documents and on random words with
 * doubled letters, vowels, h, г, дж and case endings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { seededRandom } from '../../scripts/bench/seeded-random';
import { latinKey, plainKey, spellingForms, withoutEnding, type SpellingForms } from '../../shared/divergence/text/similarity';

const SAMPLE = join(import.meta.dirname, '..', '..', 'resources', 'samples', 'lavrov-osce-2026-02-06');

function skeletonByDefinition(key: string): string {
  return (key[0] ?? '') + key.slice(1).replace(/[aeiouh]/gu, '').replace(/(.)\1+/gu, '$1');
}

function maskByDefinition(key: string): number {
  let mask = 0;
  for (const char of key) {
    const code = char.charCodeAt(0);
    mask |= 1 << (code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6));
  }
  return mask;
}

function formsByDefinition(word: string): SpellingForms {
  const latin = latinKey(word);
  const plain = plainKey(word);
  const keys = (latin === plain ? [latin] : [latin, plain]).filter((key) => key.length > 0).map((key) => [key, withoutEnding(key)] as const);
  const lengths = keys.flatMap(([full, stripped]) => [full.length, stripped.length]);
  const masks = keys.flatMap(([full, stripped]) => [maskByDefinition(full), maskByDefinition(stripped)]);
  return {
    keys,
    minLength: lengths.length > 0 ? Math.min(...lengths) : 0,
    maxLength: lengths.length > 0 ? Math.max(...lengths) : 0,
    skeletons: [skeletonByDefinition(withoutEnding(latin)), skeletonByDefinition(latin)],
    everyMask: masks.length > 0 ? masks.reduce((all, mask) => all & mask) : 0,
    anyMask: masks.reduce((all, mask) => all | mask, 0),
  };
}

function randomWords(count: number): string[] {
  const next = seededRandom(11);
  const letters = ['a', 'e', 'h', 'g', 'k', 'ss', 'tt', 'o', 'y', 'а', 'г', 'дж', 'е', 'у', 'о', 'нн', 'ов', 'ами', 'ский', 'ё', "'s", 'Щ', 'x', 'ü'];
  const words: string[] = [];
  for (let k = 0; k < count; k++) {
    let word = '';
    const length = 1 + Math.floor(next() * 7);
    for (let n = 0; n < length; n++) word += letters[Math.floor(next() * letters.length)];
    words.push(next() < 0.3 ? word[0].toUpperCase() + word.slice(1) : word);
  }
  return words;
}

it('are the forms the definition gives, on real words and random ones', () => {
  const words = new Set<string>(['', '-', 'Ь', 'hh', 'aaa']);
  for (const file of ['en.txt', 'ru.txt']) for (const word of readFileSync(join(SAMPLE, file), 'utf8').match(/[\p{L}'’]+/gu) ?? []) words.add(word);
  for (const word of randomWords(3000)) words.add(word);
  const differing = [...words].filter((word) => JSON.stringify(spellingForms(word)) !== JSON.stringify(formsByDefinition(word)));
  expect(differing).toEqual([]);
  expect(words.size).toBeGreaterThan(3000);
});
