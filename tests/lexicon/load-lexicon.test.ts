import { describe, expect, it } from 'vitest';
import {
  availableLexiconPairs,
  lexiconDirectory,
  loadLexicon,
  setDefaultLexiconDirectory,
} from '../../electron/main/lexicon/load-lexicon';
import type { Lexicon } from '../../shared/lexicon/lexicon';
import { wordKey } from '../../shared/lexicon/word-key';

/** True when the lexicon translates the source word (any form) by the target word (any form). */
function translates(lexicon: Lexicon, source: string, target: string): boolean {
  return lexicon.translationsOf(wordKey(source, lexicon.srcLang))?.has(wordKey(target, lexicon.tgtLang)) ?? false;
}

describe('loadLexicon on the shipped files', () => {
  it('lists the shipped pairs', () => {
    const pairs = availableLexiconPairs().map(([src, tgt]) => `${src}-${tgt}`);
    expect(pairs).toEqual(expect.arrayContaining(['en-ru', 'de-fr', 'de-en', 'en-fr', 'zh-en']));
  });

  it('translates English to Russian through stems', () => {
    const lexicon = loadLexicon('en', 'ru');
    expect(lexicon).toBeDefined();
    if (!lexicon) return;
    expect(lexicon.srcLang).toBe('en');
    expect(lexicon.tgtLang).toBe('ru');
    expect(lexicon.size).toBeGreaterThan(20_000);
    expect(translates(lexicon, 'war', 'войной')).toBe(true);
    expect(translates(lexicon, 'Ministers', 'Министра')).toBe(true);
    expect(translates(lexicon, 'talks', 'переговорах')).toBe(true);
    expect(translates(lexicon, 'discussed', 'обсуждали')).toBe(true);
    expect(translates(lexicon, 'war', 'министр')).toBe(false);
    expect(translates(lexicon, 'told', 'сказали')).toBe(true);
    expect(translates(lexicon, 'knew', 'знали')).toBe(true);
    // Forms Snowball keeps apart are added from the Hunspell dictionary: дней is not stemmed like день.
    expect(translates(lexicon, 'days', 'дней')).toBe(true);
  });

  it('serves Russian to English from the same file, reversed', () => {
    const lexicon = loadLexicon('ru', 'en');
    expect(lexicon?.srcLang).toBe('ru');
    if (!lexicon) return;
    expect(translates(lexicon, 'война', 'war')).toBe(true);
    expect(translates(lexicon, 'Министр', 'minister')).toBe(true);
    expect(translates(lexicon, 'переговорах', 'talks')).toBe(true);
    expect(translates(lexicon, 'обсуждали', 'discuss')).toBe(true);
    expect(lexicon.reversed()).toBe(loadLexicon('en', 'ru'));
  });

  it('translates German and French both ways', () => {
    const deFr = loadLexicon('de', 'fr');
    const frDe = loadLexicon('fr', 'de');
    expect(deFr && translates(deFr, 'Berg', 'montagne')).toBe(true);
    expect(deFr && translates(deFr, 'Häuser', 'maisons')).toBe(true);
    expect(frDe && translates(frDe, 'guerre', 'Krieg')).toBe(true);
    expect(deFr && translates(deFr, 'gehen', 'vont')).toBe(true);
    expect(deFr && translates(deFr, 'sagte', 'disent')).toBe(true);
  });

  it('has German-English and English-French', () => {
    const deEn = loadLexicon('de', 'en');
    const enFr = loadLexicon('en', 'fr');
    expect(deEn && translates(deEn, 'Krieg', 'war')).toBe(true);
    expect(deEn && translates(deEn, 'Verhandlungen', 'negotiations')).toBe(true);
    expect(enFr && translates(enFr, 'mountain', 'montagne')).toBe(true);
  });

  it('returns undefined for a pair without a file and for a missing folder', () => {
    expect(loadLexicon('en', 'xx')).toBeUndefined();
    expect(loadLexicon('en', 'en')).toBeUndefined();
    expect(loadLexicon('en', 'ru', '/nonexistent/lexicons')).toBeUndefined();
  });
});

describe('lexiconDirectory', () => {
  it('finds the repository folder, and uses an override or a default when given', () => {
    expect(lexiconDirectory()).toMatch(/resources[\\/]lexicons$/);
    expect(lexiconDirectory('/somewhere/else')).toBe('/somewhere/else');
    setDefaultLexiconDirectory('/packaged/resources/lexicons');
    try {
      expect(lexiconDirectory()).toBe('/packaged/resources/lexicons');
      expect(loadLexicon('en', 'fr')).toBeUndefined();
    } finally {
      setDefaultLexiconDirectory(undefined);
    }
    expect(loadLexicon('en', 'fr')?.srcLang).toBe('en');
  });
});
