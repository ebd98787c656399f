/**
 * The word and number spans of a text as `tokenizeWords` finds them, in one scan over its characters with what each
 * character is remembered (no match objects per word: a long document's sides hold a million words). Texts that
 * need more than the plain rule (Chinese and Japanese characters split one by one, French, Italian and Catalan
 * elisions) are left to `tokenizeWords`: `wordSpans` then returns undefined.
 */
import type { LangCode } from '../../types';

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const DIGIT = /^\p{Nd}$/u;
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005]$/u;
// Languages whose apostrophes may split elided words off (see tokenize-words.ts).
const ELIDING = new Set<LangCode>(['fr', 'it', 'ca']);

const KNOWN = 1;
const WORD = 2;
const NUMERAL = 4;
const IDEOGRAPH = 8;

// Per UTF-16 unit (characters of the basic plane): what the patterns say about it, asked once.
const unitFacts = new Uint8Array(0x10000);

function factsOf(char: string): number {
  let facts = KNOWN;
  if (WORD_CHAR.test(char)) facts |= WORD;
  if (DIGIT.test(char)) facts |= NUMERAL;
  if (CJK.test(char)) facts |= IDEOGRAPH;
  return facts;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

/**
 * The spans `tokenizeWords(text, lang)` would give, as one flat list of three numbers per word (start, end, and 1
 * when it is all digits, else 0), or undefined when the text needs its special rules.
 */
export function wordSpans(text: string, lang: LangCode): number[] | undefined {
  if (ELIDING.has(lang)) return undefined;
  const spans: number[] = [];
  const length = text.length;
  let start = -1;
  let allDigits = true;
  let k = 0;
  while (k <= length) {
    let facts = 0;
    let width = 1;
    if (k < length) {
      const code = text.charCodeAt(k);
      if (code >= 0xd800 && code <= 0xdbff && k + 1 < length && (text.charCodeAt(k + 1) & 0xfc00) === 0xdc00) {
        width = 2;
        facts = factsOf(text.slice(k, k + 2));
      } else {
        facts = unitFacts[code] as number;
        if (facts === 0) {
          facts = factsOf(text[k] as string);
          unitFacts[code] = facts;
        }
      }
    }
    if ((facts & WORD) !== 0) {
      if ((facts & IDEOGRAPH) !== 0) return undefined;
      if (start < 0) {
        start = k;
        allDigits = true;
      }
      if ((facts & NUMERAL) === 0) allDigits = false;
      k += width;
      continue;
    }
    if (start >= 0) {
      // An apostrophe between two word characters keeps the word going.
      if (k + 1 < length && isApostrophe(text.charCodeAt(k)) && startsWord(text, k + 1)) {
        allDigits = false;
        k += 1;
        continue;
      }
      spans.push(start, k, allDigits ? 1 : 0);
      start = -1;
    }
    k += width;
  }
  return spans;
}

function startsWord(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00) {
    return (factsOf(text.slice(at, at + 2)) & WORD) !== 0;
  }
  let facts = unitFacts[code] as number;
  if (facts === 0) {
    facts = factsOf(text[at] as string);
    unitFacts[code] = facts;
  }
  return (facts & WORD) !== 0;
}
