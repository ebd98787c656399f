import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../electron/main/lexicon/load-lexicon';
import { createI18n } from '../../shared/i18n/create-i18n';
import { resources } from '../../shared/i18n/resources';
import { FLAG_KINDS, type Flag } from '../../shared/types';
import { divergentCases, flagsOf, loadFaithfulPairs } from './labelled-set';
import { loadSample, scoreSample } from './sample-scores';

function keysOf(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
}

describe('flag messages', () => {
  const lexicon = loadLexicon('en', 'ru');
  const flags: Flag[] = [...scoreSample(loadSample(), loadLexicon('ru', 'en')).flags];
  for (const testCase of divergentCases(loadFaithfulPairs(), lexicon!)) flags.push(...flagsOf(testCase, lexicon));

  it('has a message for every flag the checks produce, in English and Russian, with every parameter filled', () => {
    const seen = new Set(flags.map((flag) => flag.messageKey));
    expect(seen.size).toBeGreaterThanOrEqual(20);
    for (const lang of ['en', 'ru'] as const) {
      const i18n = createI18n(lang);
      for (const flag of flags) {
        expect(i18n.exists(`flags:${flag.messageKey}`, flag.params), `${lang} ${flag.messageKey}`).toBe(true);
        const text = i18n.t(`flags:${flag.messageKey}`, flag.params);
        expect(text, `${lang} ${flag.messageKey}`).not.toMatch(/\{\{|flags:/u);
      }
      for (const kind of FLAG_KINDS) expect(i18n.t(`flags:kind.${kind}`)).not.toContain('kind.');
    }
  });

  it('uses Russian plural forms', () => {
    const ru = createI18n('ru');
    const params = { text: '…' };
    expect(ru.t('flags:addition.words', { ...params, count: 1 })).toMatch(/^1 слово /u);
    expect(ru.t('flags:addition.words', { ...params, count: 3 })).toMatch(/^3 слова /u);
    expect(ru.t('flags:addition.words', { ...params, count: 5 })).toMatch(/^5 слов /u);
    expect(ru.t('flags:omission.words', { ...params, count: 21 })).toMatch(/^21 слово /u);
  });

  it('has the same keys in both locales (up to plural forms)', () => {
    const strip = (keys: string[]): string[] => [...new Set(keys.map((key) => key.replace(/_(one|few|many|other)$/u, '')))].sort();
    expect(strip(keysOf(resources.ru.flags))).toEqual(strip(keysOf(resources.en.flags)));
  });
});
