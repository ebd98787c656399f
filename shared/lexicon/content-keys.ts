/**
 * The content words of a text as lexicon keys, with their spans: what the aligner counts as hits and misses and
 * what the divergence checks point at. Stopwords, one-letter words and numbers are left out. With a lexicon:
 * - Chinese and Japanese text, which has no spaces, is segmented by longest match against the lexicon's words
 *   (up to four characters), other characters standing alone;
 * - a German, Dutch or Scandinavian compound the lexicon lacks ("Gipfelmannschaft") is split into known parts
 *   ("gipfel", "mannschaft"), each returned with the span of the whole word.
 */
import type { LangCode } from '../types';
import type { Lexicon } from './lexicon';
import { isStopword } from './stopwords';
import { tokenizeWords, type WordToken } from './tokenize-words';
import { wordKey } from './word-key';

/** One content word (or part of a compound) of a text: its key and where it is. */
export interface ContentKey {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

const CJK_LANGS = new Set<LangCode>(['zh', 'ja']);
const COMPOUNDING_LANGS = new Set<LangCode>(['de', 'nl', 'sv', 'da', 'no', 'nb', 'nn']);
const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005]$/u;
const MAX_CJK_WORD = 4;
const MIN_TAIL = 4;
const MIN_LONE_TAIL = 5;
const MIN_HEAD = 3;
// Linking elements between the parts of a German compound ("Höhen|zahl", "Verbindungs|offizier").
const LINKING_ENDINGS = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ns'];

/** The lexicon seen from the text's language, or undefined when it is for other languages. */
function lexiconFrom(lexicon: Lexicon | undefined, lang: LangCode): Lexicon | undefined {
  if (!lexicon) return undefined;
  if (lexicon.srcLang === lang) return lexicon;
  const reversed = lexicon.reversed();
  return reversed.srcLang === lang ? reversed : undefined;
}

const compoundMemo = new WeakMap<Lexicon, Map<string, readonly string[] | undefined>>();

function knownHead(head: string, lexicon: Lexicon): string | undefined {
  for (const ending of LINKING_ENDINGS) {
    if (!head.endsWith(ending)) continue;
    const stem = head.slice(0, head.length - ending.length);
    if (stem.length >= MIN_HEAD && lexicon.translationsOf(stem)) return stem;
    if (stem.length >= MIN_HEAD && lexicon.translationsOf(`${stem}e`)) return `${stem}e`;
  }
  return undefined;
}

/** Known parts of a compound key, longest known tail first; undefined when no split is found. */
function splitCompound(key: string, lexicon: Lexicon): readonly string[] | undefined {
  let memo = compoundMemo.get(lexicon);
  if (!memo) {
    memo = new Map();
    compoundMemo.set(lexicon, memo);
  }
  if (memo.has(key)) return memo.get(key);
  let parts: readonly string[] | undefined;
  let loneTail: string | undefined;
  for (let cut = MIN_HEAD; key.length - cut >= MIN_TAIL; cut++) {
    const tail = key.slice(cut);
    if (!lexicon.translationsOf(tail)) continue;
    const head = knownHead(key.slice(0, cut), lexicon);
    if (head) {
      parts = [head, tail];
      break;
    }
    if (!loneTail && tail.length >= MIN_LONE_TAIL) loneTail = tail;
  }
  parts ??= loneTail ? [loneTail] : undefined;
  memo.set(key, parts);
  return parts;
}

function isContent(token: WordToken, lang: LangCode): boolean {
  return token.kind === 'word' && (token.text.length > 1 || CJK_LANGS.has(lang)) && !isStopword(token.text, lang);
}

function cjkKeys(tokens: readonly WordToken[], lang: LangCode, lexicon: Lexicon | undefined): ContentKey[] {
  const keys: ContentKey[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!CJK_CHAR.test(token.text)) {
      if (isContent(token, lang)) keys.push({ key: wordKey(token.text, lang), start: token.start, end: token.end });
      i++;
      continue;
    }
    let length = 1;
    if (lexicon) {
      // Longest run of adjacent ideographs starting here that the lexicon knows as one word.
      let run = 1;
      while (run < MAX_CJK_WORD && i + run < tokens.length && tokens[i + run].start === tokens[i + run - 1].end
        && CJK_CHAR.test(tokens[i + run].text)) run++;
      for (let candidate = run; candidate > 1; candidate--) {
        const word = tokens.slice(i, i + candidate).map((part) => part.text).join('');
        if (lexicon.translationsOf(wordKey(word, lang)) && !isStopword(word, lang)) {
          length = candidate;
          break;
        }
      }
    }
    const last = tokens[i + length - 1];
    const text = tokens.slice(i, i + length).map((part) => part.text).join('');
    if (length > 1 || isContent(token, lang)) keys.push({ key: wordKey(text, lang), start: token.start, end: last.end });
    i += length;
  }
  return keys;
}

/**
 * Content-word keys of a text in document order. Pass the lexicon the keys will be looked up in (either
 * direction) to get CJK segmentation and compound splitting against it.
 */
export function contentKeys(text: string, lang: LangCode, lexicon?: Lexicon): ContentKey[] {
  const tokens = tokenizeWords(text, lang);
  const known = lexiconFrom(lexicon, lang);
  if (CJK_LANGS.has(lang)) return cjkKeys(tokens, lang, known);
  const splitsCompounds = known !== undefined && COMPOUNDING_LANGS.has(lang);
  const keys: ContentKey[] = [];
  for (const token of tokens) {
    if (!isContent(token, lang)) continue;
    const key = wordKey(token.text, lang);
    const parts = splitsCompounds && !known.translationsOf(key) ? splitCompound(key, known) : undefined;
    for (const part of parts ?? [key]) keys.push({ key: part, start: token.start, end: token.end });
  }
  return keys;
}
