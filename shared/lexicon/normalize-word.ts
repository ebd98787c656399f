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

/** Lower-cases and cleans one word the same way for dictionary building and for look-up. */
export function normalizeWord(word: string, lang: LangCode): string {
  // ASCII is its own NFKC form (and the normaliser is slow; the aligner and the checks ask for every word).
  let normal = NON_ASCII.test(word) ? word.normalize('NFKC') : word;
  normal = LOCALE_CASED.has(lang) ? normal.toLocaleLowerCase(lang) : normal.toLowerCase();
  if (normal.includes('ё')) normal = normal.replaceAll('ё', 'е');
  return normal.replace(APOSTROPHES, "'").replace(EDGE_PUNCTUATION, '');
}
