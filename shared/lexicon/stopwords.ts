/**
 * Stopwords (function words) per language, from the `stopword` package's curated lists. A word that is a stopword
 * carries no evidence for alignment or divergence checks, so lexicon building and content-word counts skip it.
 */
import * as lists from 'stopword';
import type { LangCode } from '../types';
import { normalizeWord } from './normalize-word';

// The package's list of each language, by its export's name: read on first use of the language, so that a bundle
// may load the package then (the CLI's does: scripts/build-cli.mjs), not when this module loads.
const LIST_BY_LANG: Readonly<Record<LangCode, keyof typeof lists>> = {
  en: 'eng', ru: 'rus', uk: 'ukr', bg: 'bul', de: 'deu', fr: 'fra', es: 'spa', it: 'ita', nl: 'nld', pt: 'por', pl: 'pol',
  cs: 'ces', sv: 'swe', da: 'dan', fi: 'fin', tr: 'tur', zh: 'zho', ja: 'jpn', ko: 'kor',
};

// Words a translator's text uses as pure function words that the package lists lack.
const EXTRA: Readonly<Record<LangCode, readonly string[]>> = {
  en: ['its', 'it\'s', 'shall', 'will', 'may', 'also', 'upon', 'yet', 'whether', 'via', 'per', 'am', 'us', 'mr', 'mrs', 'ms',
    'not', 'nor', 'no', 'does', 'doing', 'having', 'so', 'just', 'ever', 'once', 'own', 'off', 'again', 'until', 'during',
    'without', 'within', 'though', 'although', 'unless', 'else', 'yes', 'oh', 'ok', 'okay', 'etc', 'ie', 'eg',
    // Function words whose usual Russian translation is a stopword there (she → она, when → когда, even → даже).
    'she', 'when', 'whenever', 'even', 'however', 'already', 'thus', 'towards', 'toward', 'till', 'cannot',
    'myself', 'yourself', 'yourselves', 'himself', 'herself', 'itself', 'ourselves', 'themselves', 'oneself',
    'mine', 'yours', 'hers', 'ours', 'theirs', 'everything', 'anything', 'nothing', 'something', 'someone',
    'anyone', 'everyone', 'nobody', 'somebody', 'anybody', 'everybody', 'whatever', 'whoever', 'wherever',
    'whichever', 'thee', 'thou', 'thy', 'ye'],
  ru: ['также', 'который', 'которая', 'которое', 'которые', 'которого', 'которой', 'которых', 'которым', 'свой',
    'своя', 'свое', 'свои', 'своего', 'своей', 'своих', 'наш', 'наша', 'наше', 'наши', 'нашей', 'наших', 'ваш',
    'это', 'эта', 'этих', 'этим', 'эти', 'весь', 'вся', 'всё', 'оно', 'однако', 'либо', 'ещё', 'г',
    // Russian sides of English stopwords (here, now, then, very, too, again, both, each, about).
    'здесь', 'сейчас', 'затем', 'очень', 'слишком', 'снова', 'опять', 'оба', 'обе', 'каждый', 'около'],
  de: ['dass'],
  fr: ['d', 'l', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'les', 'des', 'du', 'au', 'aux'],
  it: ['l', 'd', 'c', 's', 'm', 't', 'v', 'un', 'dell', 'dall', 'nell', 'sull', 'all', 'quell'],
};

// Words of the package lists that carry meaning a translation keeps (dates, "say", "see", "small", "many").
const NOT_STOPWORDS: Readonly<Record<LangCode, readonly string[]>> = {
  zh: ['说', '看', '年', '月', '日', '时', '分', '秒', '小', '多', '做', '来', '请', '含', '第'],
  // Content words with content-word translations in English (today, always, sometimes, better, almost, certainly).
  ru: ['сегодня', 'всегда', 'иногда', 'лучше', 'почти', 'конечно'],
  // The German list also has numbers and everyday content words (Tag, Jahr, gehen, groß, hoch).
  de: [
    'acht', 'achte', 'achten', 'achter', 'achtes', 'drei', 'dritte', 'dritten', 'dritter', 'drittes', 'elf', 'fünf',
    'fünfte', 'fünften', 'fünfter', 'fünftes', 'neun', 'neunte', 'neunten', 'neunter', 'neuntes', 'sechs', 'sechste',
    'sechsten', 'sechster', 'sechstes', 'sieben', 'siebente', 'siebenten', 'siebenter', 'siebentes', 'vier',
    'vierte', 'vierten', 'vierter', 'viertes', 'zehn', 'zehnte', 'zehnten', 'zehnter', 'zehntes', 'zwanzig',
    'zwei', 'zweite', 'zweiten', 'zweiter', 'zweites', 'zwölf', 'erste', 'ersten', 'erster', 'erstes',
    'bekannt', 'besonders', 'besser', 'besten', 'dank', 'ehrlich', 'ende', 'endlich', 'ernst', 'früher', 'gehen',
    'geht', 'ging', 'gekannt', 'gemacht', 'gesagt', 'gott', 'gross', 'grosse', 'grossen', 'grosser', 'grosses',
    'groß', 'große', 'großen', 'großer', 'großes', 'gut', 'gute', 'guter', 'gutes', 'heute', 'hoch', 'jahr', 'jahre',
    'jahren', 'kam', 'kleine', 'kleinen', 'kleiner', 'kleines', 'kommen', 'kommt', 'kurz', 'lang', 'lange', 'leicht',
    'leide', 'lieber', 'machen', 'macht', 'machte', 'mann', 'mensch', 'menschen', 'mittel', 'morgen', 'möglich',
    'nahm', 'natürlich', 'neue', 'neuen', 'offen', 'ordnung', 'recht', 'rechte', 'rechten', 'rechter', 'rechtes',
    'richtig', 'sache', 'sagt', 'sagte', 'sah', 'satt', 'schlecht', 'schluss', 'später', 'startseite', 'steht',
    'suche', 'tag', 'tage', 'tagen', 'tat', 'teil', 'tritt', 'uhr', 'weg', 'weit', 'wissen', 'zeit', 'zurück',
  ],
};

const cache = new Map<LangCode, ReadonlySet<string>>();

function stopwordSet(lang: LangCode): ReadonlySet<string> {
  let set = cache.get(lang);
  if (!set) {
    const name = LIST_BY_LANG[lang];
    const listed = [...(name === undefined ? [] : lists[name]), ...(EXTRA[lang] ?? [])];
    const words = new Set(listed.map((word) => normalizeWord(word, lang)));
    for (const word of NOT_STOPWORDS[lang] ?? []) words.delete(word);
    set = words;
    cache.set(lang, set);
  }
  return set;
}

// English contractions: "didn't", "I'm", "we've" are stopwords when the word before the clitic is one.
const ENGLISH_CLITIC = /(?:n't|'s|'m|'re|'ve|'ll|'d)$/;
const ENGLISH_NEGATED_STEMS = new Set(['ca', 'wo', 'sha', 'ai']);

/** True when the word (any case) is a function word of the language; unknown languages have no stopwords. */
export function isStopword(word: string, lang: LangCode): boolean {
  const set = stopwordSet(lang);
  const normal = normalizeWord(word, lang);
  if (set.has(normal)) return true;
  if (lang === 'en' && normal.includes("'")) {
    const base = normal.replace(ENGLISH_CLITIC, '');
    return base !== normal && (set.has(base) || ENGLISH_NEGATED_STEMS.has(base));
  }
  return false;
}
