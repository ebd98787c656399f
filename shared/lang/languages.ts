/**
 * Language codes Sverka knows: every ISO 639-1 code (accepted on the command line and in projects), and the
 * smaller set it can detect and segment with language-specific rules.
 */
import { SverkaError } from '../errors';
import type { LangCode } from '../types';

/** Every ISO 639-1 two-letter code: the languages a user may name with --src-lang / --tgt-lang. */
export const KNOWN_LANG_CODES: readonly LangCode[] = (
  'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el ' +
  'en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it ' +
  'iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt ' +
  'my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl ' +
  'sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo ' +
  'za zh zu'
).split(' ');

/** Languages that detectLanguage can return. */
export const DETECTABLE_LANG_CODES: readonly LangCode[] = [
  'ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk',
  'en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'cs', 'sk', 'sv', 'da', 'no', 'fi', 'tr', 'ro', 'hu', 'ca', 'hr',
  'zh', 'ja', 'ko', 'el', 'ar', 'fa', 'ur', 'he', 'hi', 'th', 'ka', 'hy',
];

const KNOWN = new Set(KNOWN_LANG_CODES);

/** Three-letter and legacy codes users type, mapped to the two-letter code Sverka stores. */
const ALIASES: Readonly<Record<string, LangCode>> = {
  rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', eng: 'en', deu: 'de', ger: 'de', fra: 'fr', fre: 'fr', spa: 'es',
  ita: 'it', nld: 'nl', dut: 'nl', por: 'pt', pol: 'pl', ces: 'cs', cze: 'cs', zho: 'zh', chi: 'zh', jpn: 'ja',
  kor: 'ko', iw: 'he', in: 'id', ji: 'yi',
};

/** Normalises a code ("RU", "ru-RU", "ru_RU", "rus") to its two-letter form, or undefined when it is not a language. */
export function normalizeLangCode(code: string): LangCode | undefined {
  const primary = code.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const resolved = ALIASES[primary] ?? primary;
  return KNOWN.has(resolved) ? resolved : undefined;
}

/** Returns the normalised code, or throws SverkaError "lang.unknown" ({code}) for a code that names no language. */
export function validateLangCode(code: string): LangCode {
  const normalized = normalizeLangCode(code);
  if (normalized === undefined) throw new SverkaError('lang.unknown', { code });
  return normalized;
}

/** True when the code is a known language code (after normalisation). */
export function isKnownLangCode(code: string): boolean {
  return normalizeLangCode(code) !== undefined;
}
