// Articles copied from the Debian dictd databases (mueller7-dict, dict-freedict-*), as the build script sees them.
import { describe, expect, it } from 'vitest';
import { decodeDictdNumber } from '../../scripts/lexicon/dictd-reader';
import { parseFreedictArticle } from '../../scripts/lexicon/parse-freedict';
import { parseMueller7Article } from '../../scripts/lexicon/parse-mueller7';
import { headwordKey, phraseKeys } from '../../scripts/lexicon/phrase-keys';

const MUELLER_MINISTER =
  'minister\n   [↗mɪnɪstɜ]\n   1. _n.\n      1) министр; the ministers правительство\n      2) _дип. посланник; советник посольства\n' +
  '      3) священник\n      4) _редк. исполнитель, слуга; minister of vengeance орудие мести\n   2. _v.\n' +
  '      1) служить; помогать, оказывать помощь, содействие; способствовать\n      2) совершать богослужение\n';
const MUELLER_ABASH = 'abash\n   [ɜ↗bæʃ] _v. (обыкн. _pass.) смущать, конфузить; приводить в замешательство\n';
const FREEDICT_WIKTIONARY =
  'Berg /bɛʁk/ <n, masc>\n1. montagne, amoncellement, mont\ngroße, steile Erhebung auf der Landoberfläche der Erde\n' +
  '2. mine\nfeste Erdkruste, Untertagebereich; „im Berg“\n';
const FREEDICT_DING =
  'Krieg /kɾˈiːk/ <masc, n, sg>\n [pol.]  [soc.] war <n>\n         Note: with sb.; on/against sth.\n' +
  ' see: {heiliger Krieg}, {kalter Krieg}, {Nervenkrieg}, {Zollkrieg}\n\n         Note: mit jdm./gegen etw.\n';

describe('dictionary article parsers', () => {
  it('decodes dictd base64 numbers', () => {
    expect(decodeDictdNumber('B')).toBe(1);
    expect(decodeDictdNumber('BA')).toBe(64);
    expect(decodeDictdNumber('C+m')).toBe(2 * 4096 + 62 * 64 + 38);
  });

  it('takes Russian translations from a mueller7 article and skips examples and labels', () => {
    const article = parseMueller7Article(MUELLER_MINISTER);
    expect(article.headwords).toEqual(['minister']);
    expect(article.translations).toEqual(expect.arrayContaining(['министр', 'посланник', 'священник', 'служить']));
    expect(article.translations.some((phrase) => /[a-z_]/.test(phrase))).toBe(false);
    expect(article.translations).not.toContain('правительство');
    expect(parseMueller7Article(MUELLER_ABASH).translations).toEqual(['смущать', 'конфузить', 'приводить в замешательство']);
  });

  it('takes translation lines, not definitions, from a Wiktionary-derived FreeDict article', () => {
    const article = parseFreedictArticle(FREEDICT_WIKTIONARY, 'wiktionary');
    expect(article.headwords).toEqual(['Berg']);
    expect(article.translations).toEqual(['montagne', 'amoncellement', 'mont', 'mine']);
  });

  it('takes translation lines, not notes or cross-references, from a ding-style FreeDict article', () => {
    const article = parseFreedictArticle(FREEDICT_DING, 'ding');
    expect(article.headwords).toEqual(['Krieg']);
    expect(article.translations).toEqual(['war']);
  });

  it('keys short phrases by their content words and skips long ones and placeholders', () => {
    expect(phraseKeys('приводить в замешательство', 'ru')).toEqual(['привод', 'замешательств']);
    expect(phraseKeys('große, steile Erhebung auf der Landoberfläche', 'de')).toEqual([]);
    expect(phraseKeys('declare war', 'en')).toEqual(['declar', 'war']);
    expect(phraseKeys('war on sth', 'en')).toEqual(['war']);
    expect(headwordKey('Berg..', 'de')).toBe('berg');
    expect(headwordKey('approved exporter', 'en')).toBeUndefined();
    expect(headwordKey('_эк.', 'en')).toBeUndefined();
  });
});
