/**
 * How the sentences of one side of a pair are joined into one text in bilingual files and tables. A module of its
 * own, without the decoding of Sverka's records in TMX and XLIFF (bilingual.ts, on zod): the CSV, TSV and report
 * writers need only this.
 */
import type { LangCode } from '../types';

/** Reduces "en-US", "EN_gb", "ru" to the lower-case primary subtag Sverka uses. */
export function primaryLang(code: string): LangCode {
  return code.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Languages written without spaces between sentences. */
const UNSPACED_LANGS = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);

/** How the sentences of one side of a pair are joined into the pair's text. */
export function sentenceSeparator(lang: LangCode): string {
  return UNSPACED_LANGS.has(primaryLang(lang)) ? '' : ' ';
}
