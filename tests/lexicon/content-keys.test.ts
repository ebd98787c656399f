import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../electron/main/lexicon/load-lexicon';
import { contentKeys } from '../../shared/lexicon/content-keys';

describe('contentKeys', () => {
  it('keeps content words with their spans and drops stopwords, contractions and numbers', () => {
    const text = "We didn't discuss the 5 talks in Vienna.";
    const keys = contentKeys(text, 'en');
    expect(keys.map((key) => key.key)).toEqual(['discuss', 'talk', 'vienna']);
    expect(text.slice(keys[1].start, keys[1].end)).toBe('talks');
  });

  it('splits German compounds the lexicon lacks into known parts, with the span of the whole word', () => {
    const lexicon = loadLexicon('de', 'fr');
    const text = 'Die Gipfelmannschaft erreichte das Basislager.';
    const keys = contentKeys(text, 'de', lexicon);
    const parts = keys.filter((key) => text.slice(key.start, key.end) === 'Gipfelmannschaft').map((key) => key.key);
    expect(parts).toEqual(['gipfel', 'mannschaft']);
    expect(keys.map((key) => key.key)).toContain('basislag');
    // Without a lexicon, the compound is one key.
    expect(contentKeys(text, 'de').map((key) => key.key)).toContain('gipfelmannschaft');
  });

  it('segments Chinese by longest match against the zh-en lexicon, either direction', () => {
    const lexicon = loadLexicon('en', 'zh');
    const text = '她说我的伟大友谊是假的，还说要研究她的结构。';
    const keys = contentKeys(text, 'zh', lexicon).map((key) => key.key);
    expect(keys).toEqual(expect.arrayContaining(['伟大', '友谊', '研究', '结构']));
    expect(keys).not.toContain('的');
    for (const key of contentKeys(text, 'zh', lexicon)) expect(text.slice(key.start, key.end)).toBe(key.key);
    // Without a lexicon, one key per character.
    expect(contentKeys('友谊', 'zh').map((key) => key.key)).toEqual(['友', '谊']);
  });

  it('finds translations of Chinese words in the English lexicon entries', () => {
    const lexicon = loadLexicon('zh', 'en');
    expect(lexicon?.translationsOf('战争')?.has('war')).toBe(true);
    expect(lexicon?.translationsOf('谈判')?.has('negoti')).toBe(true);
    expect(lexicon?.reversed().translationsOf('friendship')?.has('友谊')).toBe(true);
  });
});
