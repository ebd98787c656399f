/**
 * Stopwords (function words) per language, from the `stopword` package's curated lists. A word that is a stopword
 * carries no evidence for alignment or divergence checks, so lexicon building and content-word counts skip it.
 */
import * as lists from 'stopword';
import type { LangCode } from '../types';
import { normalizeWord } from './normalize-word';

const LISTS_BY_LANG: Readonly<Record<LangCode, readonly string[]>> = {
  en: lists.eng, ru: lists.rus, uk: lists.ukr, bg: lists.bul, de: lists.deu, fr: lists.fra, es: lists.spa,
  it: lists.ita, nl: lists.nld, pt: lists.por, pl: lists.pol, cs: lists.ces, sv: lists.swe, da: lists.dan,
  fi: lists.fin, tr: lists.tur, zh: lists.zho, ja: lists.jpn, ko: lists.kor,
};

// Words a translator's text uses as pure function words that the package lists lack.
const EXTRA: Readonly<Record<LangCode, readonly string[]>> = {
  en: ['its', 'it\'s', 'shall', 'will', 'may', 'also', 'upon', 'yet', 'whether', 'via', 'per', 'am', 'us', 'mr', 'mrs', 'ms'],
  ru: ['также', 'который', 'которая', 'которое', 'которые', 'которого', 'которой', 'которых', 'которым', 'свой',
    'своя', 'свое', 'свои', 'своего', 'своей', 'своих', 'наш', 'наша', 'наше', 'наши', 'нашей', 'наших', 'ваш',
    'это', 'эта', 'этих', 'этим', 'эти', 'весь', 'вся', 'всё', 'оно', 'однако', 'либо', 'ещё', 'г'],
  de: ['dass'],
  fr: ['d', 'l', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'les', 'des', 'du', 'au', 'aux'],
  it: ['l', 'd', 'c', 's', 'm', 't', 'v', 'un', 'dell', 'dall', 'nell', 'sull', 'all', 'quell'],
};

const cache = new Map<LangCode, ReadonlySet<string>>();

function stopwordSet(lang: LangCode): ReadonlySet<string> {
  let set = cache.get(lang);
  if (!set) {
    const words = [...(LISTS_BY_LANG[lang] ?? []), ...(EXTRA[lang] ?? [])];
    set = new Set(words.map((word) => normalizeWord(word, lang)));
    cache.set(lang, set);
  }
  return set;
}

/** True when the word (any case) is a function word of the language; unknown languages have no stopwords. */
export function isStopword(word: string, lang: LangCode): boolean {
  return stopwordSet(lang).has(normalizeWord(word, lang));
}
