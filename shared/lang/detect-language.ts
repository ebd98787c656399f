/**
 * Guesses a text's language from its script, letters only some languages use (і ї є ґ, ы э ъ, ß, ø, ł…)
 * and the share of each language's most frequent words. Works offline on a sample of the text.
 */
import type { LangCode } from '../types';
import { STOPWORDS } from './stopwords';

/** How much of a long text is looked at. */
const SAMPLE = 20000;

type Script = 'latin' | 'cyrillic' | 'han' | 'kana' | 'hangul' | 'greek' | 'arabic' | 'hebrew' | 'devanagari' | 'thai' | 'georgian' | 'armenian';

const SCRIPTS: readonly (readonly [Script, RegExp])[] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['han', /\p{Script=Han}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['greek', /\p{Script=Greek}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['thai', /\p{Script=Thai}/u],
  ['georgian', /\p{Script=Georgian}/u],
  ['armenian', /\p{Script=Armenian}/u],
];

/** Scripts that belong to one language. */
const SCRIPT_LANGUAGE: Partial<Record<Script, LangCode>> = {
  hangul: 'ko', greek: 'el', hebrew: 'he', devanagari: 'hi', thai: 'th', georgian: 'ka', armenian: 'hy',
};

/** Letters that point to a language within its script, with the weight of each occurrence. */
const LETTER_HINTS: Readonly<Record<LangCode, readonly (readonly [string | RegExp, number])[]>> = {
  ru: [['ы', 1], ['э', 1], ['ё', 1]],
  uk: [['і', 1], ['ї', 2], ['є', 2], ['ґ', 2]],
  be: [['ў', 3], ['і', 0.5], ['ы', 0.5], ['э', 0.5]],
  // Russian writes ъ only as a separator before е, ё, ю, я; Bulgarian as a vowel anywhere.
  bg: [[/ъ(?![еёюя])/gu, 2], ['ѝ', 2]],
  sr: [['ђ', 3], ['ћ', 3], ['џ', 1], ['љ', 1], ['њ', 1], ['ј', 1]],
  mk: [['ѓ', 3], ['ќ', 3], ['ѕ', 3], ['џ', 1], ['љ', 1], ['њ', 1], ['ј', 1]],
  kk: [['ә', 3], ['ғ', 3], ['қ', 3], ['ң', 3], ['ө', 3], ['ұ', 3], ['ү', 2], ['һ', 2]],
  de: [['ß', 2], ['ä', 0.5], ['ö', 0.5], ['ü', 0.5]],
  fr: [['é', 0.3], ['è', 0.5], ['ê', 0.5], ['ç', 0.3], ['à', 0.3], ['ù', 0.5], ['œ', 2]],
  es: [['ñ', 2], ['¿', 2], ['¡', 2], ['á', 0.3], ['í', 0.3], ['ó', 0.3], ['ú', 0.3]],
  pt: [['ã', 2], ['õ', 2], ['ç', 0.3], ['â', 0.3], ['ê', 0.3], ['á', 0.3]],
  it: [['à', 0.2], ['è', 0.3], ['ò', 0.5], ['ù', 0.3], ['ì', 0.5]],
  pl: [['ł', 2], ['ą', 2], ['ę', 2], ['ś', 2], ['ź', 2], ['ż', 2], ['ń', 1], ['ć', 1]],
  cs: [['ř', 3], ['ů', 3], ['ě', 3], ['č', 0.5], ['š', 0.5], ['ž', 0.5]],
  sk: [['ľ', 3], ['ĺ', 3], ['ŕ', 3], ['ô', 2], ['ä', 0.5], ['č', 0.5], ['š', 0.5], ['ž', 0.5]],
  hu: [['ő', 3], ['ű', 3], ['á', 0.3], ['é', 0.3]],
  tr: [['ğ', 3], ['ş', 2], ['ı', 3], ['İ', 3]],
  ro: [['ă', 2], ['ș', 3], ['ț', 3], ['ş', 0.5], ['ţ', 0.5], ['â', 0.3], ['î', 0.5]],
  sv: [['å', 1], ['ä', 0.5], ['ö', 0.5]],
  da: [['ø', 1], ['æ', 1], ['å', 0.5]],
  no: [['ø', 1], ['æ', 1], ['å', 0.5]],
  fi: [['ä', 1], ['ö', 0.5]],
  hr: [['đ', 3], ['č', 0.5], ['ć', 1], ['š', 0.5], ['ž', 0.5]],
  ca: [['ç', 0.3], ['l·l', 3], ['ò', 0.5], ['à', 0.3]],
};

const CYRILLIC_LANGUAGES: readonly LangCode[] = ['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk'];
const LATIN_LANGUAGES: readonly LangCode[] = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'cs', 'sk', 'sv', 'da', 'no', 'fi', 'tr', 'ro', 'hu', 'ca', 'hr'];

const stopwordSets = new Map<LangCode, ReadonlySet<string>>(
  Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words.split(' '))]),
);

/** Script of each UTF-16 code unit met so far (null: not a letter of a listed script), for countScripts. */
const scriptOfUnit = new Map<number, Script | null>();

function scriptOf(char: string): Script | null {
  if (!/\p{L}/u.test(char)) return null;
  for (const [script, pattern] of SCRIPTS) if (pattern.test(char)) return script;
  return null;
}

function countScripts(sample: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (const char of sample) {
    // A text uses a few dozen letters: each is classified once (astral characters, rare, every time).
    const code = char.length === 1 ? char.charCodeAt(0) : -1;
    let script = code < 0 ? undefined : scriptOfUnit.get(code);
    if (script === undefined) {
      script = scriptOf(char);
      if (code >= 0) scriptOfUnit.set(code, script);
    }
    if (script !== null) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return counts;
}

function dominantScript(counts: ReadonlyMap<Script, number>): Script | undefined {
  // Han and kana characters carry about a word each: weigh them up against alphabetic letters.
  const weighted = (script: Script): number =>
    (counts.get(script) ?? 0) * (script === 'han' || script === 'kana' || script === 'hangul' ? 3 : 1);
  let best: Script | undefined;
  for (const script of counts.keys()) if (best === undefined || weighted(script) > weighted(best)) best = script;
  return best;
}

function countOccurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** Scores the candidate languages of one script: share of their frequent words plus their letter hints. */
function bestByWords(sample: string, candidates: readonly LangCode[]): LangCode | undefined {
  const lower = sample.toLowerCase();
  const words = lower.match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  if (words.length === 0) return undefined;
  const letters = words.reduce((sum, word) => sum + word.length, 0);
  let best: LangCode | undefined;
  let bestScore = 0;
  for (const lang of candidates) {
    const stopwords = stopwordSets.get(lang);
    let hits = 0;
    if (stopwords !== undefined) for (const word of words) if (stopwords.has(word)) hits++;
    let hints = 0;
    for (const [letter, weight] of LETTER_HINTS[lang] ?? []) {
      hints += (typeof letter === 'string' ? countOccurrences(lower, letter) : (lower.match(letter) ?? []).length) * weight;
    }
    const score = hits / words.length + (hints / letters) * 4;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}

/** Ukrainian, Russian and Belarusian are told apart by the letters each one alone uses. */
function cyrillicByLetters(sample: string): LangCode | undefined {
  const lower = sample.toLowerCase();
  const count = (letters: string): number => [...letters].reduce((sum, letter) => sum + countOccurrences(lower, letter), 0);
  const cyrillic = (lower.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  if (cyrillic === 0) return undefined;
  if (count('әғқңөұүһ') > cyrillic * 0.005) return 'kk';
  const russianOnly = count('ыэё');
  const ukrainianOnly = count('іїєґ');
  if (count('ў') > 0 && count('і') > 0 && count('и') < cyrillic * 0.005) return 'be';
  if (ukrainianOnly > 3 * russianOnly && ukrainianOnly >= Math.max(1, cyrillic * 0.003)) return 'uk';
  if (russianOnly > 3 * ukrainianOnly && russianOnly >= Math.max(1, cyrillic * 0.002)) return 'ru';
  return undefined;
}

/** Letters without which a text of some length cannot be in the language (Ukrainian without і, Bulgarian without ъ…). */
const REQUIRED_LETTERS: Readonly<Record<LangCode, readonly [string, number]>> = {
  uk: ['іїєґ', 20],
  be: ['ўі', 20],
  bg: ['ъ', 40],
  sr: ['јљњџђћ', 20],
  mk: ['јљњџѓќѕ', 20],
  kk: ['әғқңөұүһ', 20],
};

/** Cyrillic languages still possible given which letters the text lacks. */
function plausibleCyrillic(sample: string): LangCode[] {
  const lower = sample.toLowerCase();
  const cyrillic = (lower.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  return CYRILLIC_LANGUAGES.filter((lang) => {
    const required = REQUIRED_LETTERS[lang];
    if (required === undefined || cyrillic < required[1]) return true;
    return [...required[0]].some((letter) => lower.includes(letter));
  });
}

/** Up to SAMPLE characters from the start, middle and end: front matter in another language does not decide. */
function sampleOf(text: string): string {
  if (text.length <= SAMPLE) return text;
  const part = Math.floor(SAMPLE / 3);
  const middle = Math.floor(text.length / 2 - part / 2);
  return `${text.slice(0, part)}\n${text.slice(middle, middle + part)}\n${text.slice(text.length - part)}`;
}

/**
 * Detects the language of a text: "ru", "uk", "en", "zh"…, or undefined when there is too little text to say.
 * Looks at 20,000 characters taken from the start, the middle and the end.
 */
export function detectLanguage(text: string): LangCode | undefined {
  const sample = sampleOf(text);
  const scripts = countScripts(sample);
  const script = dominantScript(scripts);
  if (script === undefined) return undefined;
  const single = SCRIPT_LANGUAGE[script];
  if (single !== undefined) return single;
  switch (script) {
    case 'han':
    case 'kana': {
      const kana = scripts.get('kana') ?? 0;
      return kana > 0.05 * ((scripts.get('han') ?? 0) + kana) ? 'ja' : 'zh';
    }
    case 'arabic':
      if (/[ٹڈڑںے]/u.test(sample)) return 'ur';
      return /[پچژگ]/u.test(sample) ? 'fa' : 'ar';
    case 'cyrillic': {
      const byLetters = cyrillicByLetters(sample);
      if (byLetters !== undefined) return byLetters;
      const candidates = plausibleCyrillic(sample);
      return candidates.length === 1 ? candidates[0] : bestByWords(sample, candidates);
    }
    case 'latin':
      return bestByWords(sample, LATIN_LANGUAGES);
    default:
      return undefined;
  }
}
