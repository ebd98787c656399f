import { describe, expect, it } from 'vitest';
import { createLexicon, parseLexicon, serializeLexicon } from '../../shared/lexicon/word-key';

const TEXT = [
  '# sverka-lexicon 1 en ru',
  '# a comment',
  'talk\tразговор\tпереговор',
  'war\tвойн',
  'negoti\tпереговор',
  '',
].join('\n');

describe('parseLexicon', () => {
  it('reads the header languages and the entries', () => {
    const lexicon = parseLexicon(TEXT);
    expect([lexicon.srcLang, lexicon.tgtLang, lexicon.size]).toEqual(['en', 'ru', 3]);
    expect([...(lexicon.translationsOf('talk') ?? [])]).toEqual(['разговор', 'переговор']);
    expect(lexicon.translationsOf('peace')).toBeUndefined();
  });

  it('inverts the map for the other direction and keeps the pair of objects', () => {
    const lexicon = parseLexicon(TEXT);
    const reversed = lexicon.reversed();
    expect([reversed.srcLang, reversed.tgtLang]).toEqual(['ru', 'en']);
    expect([...(reversed.translationsOf('переговор') ?? [])].sort()).toEqual(['negoti', 'talk']);
    expect(reversed.reversed()).toBe(lexicon);
  });

  it('returns the reversed lexicon when asked for the header pair the other way round', () => {
    const lexicon = parseLexicon(TEXT, 'ru', 'en');
    expect(lexicon.srcLang).toBe('ru');
    expect(lexicon.translationsOf('войн')?.has('war')).toBe(true);
  });

  it('needs languages from the header or the arguments', () => {
    expect(() => parseLexicon('a\tb\n')).toThrow();
    expect(parseLexicon('a\tb\n', 'de', 'fr').translationsOf('a')?.has('b')).toBe(true);
  });

  it('round-trips through serializeLexicon', () => {
    const entries = new Map([['war', ['войн']], ['talk', ['разговор', 'переговор']]]);
    const text = serializeLexicon('en', 'ru', entries, ['built for a test']);
    const lexicon = parseLexicon(text);
    expect(lexicon.size).toBe(2);
    expect([...(lexicon.translationsOf('talk') ?? [])]).toEqual(['разговор', 'переговор']);
    expect(createLexicon('en', 'ru', entries).translationsOf('war')?.has('войн')).toBe(true);
  });
});
