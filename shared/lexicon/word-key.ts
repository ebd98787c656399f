/**
 * Word keys: the normalised form under which the lexicon, the aligner and the divergence checks compare words.
 * A key is the lower-case word (ё written е), stemmed by its language's Snowball stemmer, with diacritics removed
 * from Latin letters so that "Régime", "regime" and "régimes" meet. Russian and German stems get a repair for
 * short verbs (russian-stem.ts, german-stem.ts), English irregular forms go to their base word first ("told" →
 * "tell"), Ukrainian has a light suffix stripper, and Chinese, Japanese and languages without a stemmer keep the
 * word. Keys are memoised: the aligner asks for the same words thousands of times.
 */
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en';
import StemmerRu from '@nlpjs/lang-ru/src/stemmer-ru';
import * as snowball from 'snowball-stemmers';
import type { SnowballStemmer } from 'snowball-stemmers';
import type { NlpjsStemmer } from '@nlpjs/lang-ru/src/stemmer-ru';
import type { LangCode } from '../types';
import { englishBaseForm } from './english-forms';
import { isAsciiOrCyrillic, normalizeWord } from './normalize-word';
import { stemGerman } from './german-stem';
import { stemRussian } from './russian-stem';
import { stemUkrainian } from './ukrainian-stem';

export { normalizeWord } from './normalize-word';
export { isStopword } from './stopwords';
export { tokenizeWords, type WordToken } from './tokenize-words';
export { createLexicon, parseLexicon, serializeLexicon } from './parse-lexicon';

/** Snowball algorithm names by language code. */
const SNOWBALL_ALGORITHMS: Readonly<Record<LangCode, string>> = {
  ar: 'arabic', hy: 'armenian', eu: 'basque', ca: 'catalan', cs: 'czech', da: 'danish', nl: 'dutch',
  en: 'english', fi: 'finnish', fr: 'french', de: 'german', hu: 'hungarian', it: 'italian', ga: 'irish',
  no: 'norwegian', nb: 'norwegian', nn: 'norwegian', pt: 'portuguese', ro: 'romanian', ru: 'russian',
  es: 'spanish', sl: 'slovene', sv: 'swedish', ta: 'tamil', tr: 'turkish',
};

/** Stems a lower-case word; `written` is the word as it stands in the text (German uses its capitalisation). */
type Stem = (lower: string, written: string) => string;

const identity: Stem = (word) => word;

// snowball-stemmers is a UMD bundle: bundlers expose its functions either as named exports or under `default`.
const snowballFactory: typeof snowball =
  typeof snowball.newStemmer === 'function' ? snowball : (snowball as unknown as { default: typeof snowball }).default;
const stemmers = new Map<LangCode, Stem>();

/**
 * nlp.js carries the same Snowball algorithms for Russian and English, generated as plain classes that run four to
 * eight times faster than snowball-stemmers' (same output on the 76,000 Russian and 418,000 English words of the
 * Müller and FreeDict dictionaries); the aligner stems every distinct word of both documents.
 */
const FAST_SNOWBALL: Readonly<Record<LangCode, new () => NlpjsStemmer>> = { ru: StemmerRu, en: StemmerEn };

function fastSnowball(Stemmer: new () => NlpjsStemmer): SnowballStemmer {
  const stemmer = new Stemmer();
  return {
    stem(word) {
      stemmer.setCurrent(word);
      stemmer.innerStem();
      return stemmer.getCurrent();
    },
  };
}

function stemmerFor(lang: LangCode): Stem {
  let stem = stemmers.get(lang);
  if (stem) return stem;
  const algorithm = SNOWBALL_ALGORITHMS[lang];
  if (algorithm) {
    const fast = FAST_SNOWBALL[lang];
    const snowballStemmer: SnowballStemmer = fast ? fastSnowball(fast) : snowballFactory.newStemmer(algorithm);
    if (lang === 'ru') stem = (lower) => stemRussian(lower, snowballStemmer);
    else if (lang === 'de') stem = (lower, written) => stemGerman(written, lower, snowballStemmer);
    else stem = (lower) => snowballStemmer.stem(lower);
  } else if (lang === 'uk') {
    stem = stemUkrainian;
  } else {
    stem = identity;
  }
  stemmers.set(lang, stem);
  return stem;
}

const LATIN_WITH_MARK = /(\p{Script=Latin})\p{M}+/gu;

/** Removes combining marks from Latin letters only (Cyrillic й and ї keep theirs). */
function stripLatinDiacritics(word: string): string {
  if (isAsciiOrCyrillic(word)) return word;
  return word.normalize('NFD').replace(LATIN_WITH_MARK, '$1').normalize('NFC').replace(/ß/g, 'ss');
}

// One memo table per language; cleared when it grows past the limit so a huge run cannot exhaust memory.
const MEMO_LIMIT = 400_000;
const memo = new Map<LangCode, Map<string, string>>();
/** Keys by normalised (lower-case) word, so that capitalised forms are not stemmed again. */
const normalMemo = new Map<LangCode, Map<string, string>>();

/** The lexicon key of a word in the given language: lower case, stemmed, Latin diacritics removed. */
export function wordKey(word: string, lang: LangCode): string {
  let table = memo.get(lang);
  if (!table) {
    table = new Map();
    memo.set(lang, table);
  }
  const cached = table.get(word);
  if (cached !== undefined) return cached;
  const normal = lang === 'en' ? englishBaseForm(normalizeWord(word, lang)) : normalizeWord(word, lang);
  // "Word" and "word" share their stem, except in German, whose stemmer looks at the capital (nouns).
  let byNormal = normalMemo.get(lang);
  if (!byNormal) {
    byNormal = new Map();
    normalMemo.set(lang, byNormal);
  }
  const known = lang === 'de' ? undefined : byNormal.get(normal);
  const key = known ?? stripLatinDiacritics(normal.length > 2 ? stemmerFor(lang)(normal, word) : normal);
  if (table.size >= MEMO_LIMIT) table.clear();
  table.set(word, key);
  if (known === undefined && lang !== 'de') {
    if (byNormal.size >= MEMO_LIMIT) byNormal.clear();
    byNormal.set(normal, key);
  }
  return key;
}
