/**
 * Surface normalisation of a single word before stemming: compatibility forms folded (NFKC: full-width letters,
 * ligatures), lower case, Russian ё written as е (Russian print mostly omits the dots), one apostrophe character,
 * and no leading or trailing apostrophes or hyphens.
 */
import type { LangCode } from '../types';

const APOSTROPHES = /[’ʼ‘`´]/g;
const EDGE_PUNCTUATION = /^['\-‐‑]+|['\-‐‑]+$/g;
const LOCALE_CASED = new Set<LangCode>(['tr', 'az', 'lt']);

/** Lower-cases and cleans one word the same way for dictionary building and for look-up. */
export function normalizeWord(word: string, lang: LangCode): string {
  let normal = word.normalize('NFKC');
  normal = LOCALE_CASED.has(lang) ? normal.toLocaleLowerCase(lang) : normal.toLowerCase();
  if (normal.includes('ё')) normal = normal.replaceAll('ё', 'е');
  return normal.replace(APOSTROPHES, "'").replace(EDGE_PUNCTUATION, '');
}
