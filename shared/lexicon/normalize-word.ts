/**
 * Surface normalisation of a single word before stemming: compatibility forms folded (NFKC: full-width letters,
 * ligatures), lower case, Russian ё written as е (Russian print mostly omits the dots), one apostrophe character,
 * and no leading or trailing apostrophes or hyphens.
 */
import type { LangCode } from '../types';

const APOSTROPHES = /[’ʼ‘`´]/g;
const EDGE_PUNCTUATION = /^['\-‐‑]+|['\-‐‑]+$/g;
const LOCALE_CASED = new Set<LangCode>(['tr', 'az', 'lt']);

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * True when every UTF-16 unit of the word is ASCII or a Cyrillic letter (U+0400–U+0482, U+048A–U+04FF): such a
 * word is its own NFKC form, and Unicode decomposition followed by composition gives it back (tested over every
 * such character and every pair of them). The Cyrillic combining marks U+0483–U+0489 are left out: they could
 * follow a Latin letter.
 */
export function isAsciiOrCyrillic(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code >= 0x80 && (code < 0x400 || code > 0x4ff || (code >= 0x483 && code <= 0x489))) return false;
  }
  return true;
}

/** True when the word has none of the characters normalizeWord rewrites or trims (apostrophes, hyphens, `). */
function hasNoApostropheOrHyphen(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code === 0x27 || code === 0x2d || code === 0x60) return false;
  }
  return true;
}

/** Lower-cases and cleans one word the same way for dictionary building and for look-up. */
export function normalizeWord(word: string, lang: LangCode): string {
  // Most words are plain letters of one of these scripts: lower case is all they need (and ё → е). The
  // normaliser and the two replacements below cost several times the stemming of the word.
  if (!LOCALE_CASED.has(lang) && isAsciiOrCyrillic(word) && hasNoApostropheOrHyphen(word)) {
    const lower = word.toLowerCase();
    return lower.includes('ё') ? lower.replaceAll('ё', 'е') : lower;
  }
  // ASCII is its own NFKC form (and the normaliser is slow; the aligner and the checks ask for every word).
  let normal = NON_ASCII.test(word) ? word.normalize('NFKC') : word;
  normal = LOCALE_CASED.has(lang) ? normal.toLocaleLowerCase(lang) : normal.toLowerCase();
  if (normal.includes('ё')) normal = normal.replaceAll('ё', 'е');
  return normal.replace(APOSTROPHES, "'").replace(EDGE_PUNCTUATION, '');
}
