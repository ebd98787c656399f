/**
 * A small lexicon of geographic and institutional names (countries from `i18n-iso-countries`, plus the list in
 * geographic-names-en-ru.ts), used next to the general dictionary so "Switzerland" meets «Швейцарии».
 */
// The library without its Node entry, which registers all of its eighty languages when loaded (20 ms of a command's
// start): the two used here are registered below.
import countries from 'i18n-iso-countries/index';
import enCountries from 'i18n-iso-countries/langs/en.json';
import ruCountries from 'i18n-iso-countries/langs/ru.json';
import { createLexicon, tokenizeWords, wordKey } from '../../lexicon/word-key';
import type { Lexicon } from '../../lexicon/lexicon';
import type { LangCode } from '../../types';
import { GEOGRAPHIC_NAMES_EN_RU } from './geographic-names-en-ru';

countries.registerLocale(enCountries);
countries.registerLocale(ruCountries);

function keysOf(names: readonly string[], lang: LangCode): string[] {
  return names.flatMap((name) => tokenizeWords(name, lang).filter((token) => token.text.length > 1 || /\p{Lu}/u.test(token.text)).map((token) => wordKey(token.text, lang)));
}

let enRu: Lexicon | undefined;

function buildEnRu(): Lexicon {
  const entries: [string, string[]][] = [];
  const add = (english: readonly string[], russian: readonly string[]): void => {
    const targets = keysOf(russian, 'ru');
    for (const key of keysOf(english, 'en')) entries.push([key, targets]);
  };
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    const english = countries.getName(code, 'en', { select: 'all' }) ?? [];
    const russian = countries.getName(code, 'ru', { select: 'all' }) ?? [];
    if (english.length > 0 && russian.length > 0) add(english, russian);
  }
  for (const [english, russian] of GEOGRAPHIC_NAMES_EN_RU) add(english.split('|'), russian.split('|'));
  return createLexicon('en', 'ru', entries);
}

/** The names lexicon from one language to another, when Sverka has one for the pair. */
export function nameLexicon(srcLang: LangCode, tgtLang: LangCode): Lexicon | undefined {
  if (!((srcLang === 'en' && tgtLang === 'ru') || (srcLang === 'ru' && tgtLang === 'en'))) return undefined;
  enRu ??= buildEnRu();
  return srcLang === 'en' ? enRu : enRu.reversed();
}
