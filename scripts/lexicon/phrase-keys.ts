// Turns dictionary phrases into word keys: a translation "коренной житель" gives the keys of its content words,
// a phrase longer than a few words (a definition rather than a translation) gives none.
import type { LangCode } from '../../shared/types';
import { isStopword, tokenizeWords, wordKey } from '../../shared/lexicon/word-key';

/** The longest phrase, in words, whose content words are taken as translations. */
export const MAX_PHRASE_WORDS = 3;
/** The most content words a phrase may have. */
export const MAX_CONTENT_WORDS = 2;

const CJK = new Set<LangCode>(['zh', 'ja']);

// The script a language's dictionary words must be written in; a word in another script is a label or a typo.
const SCRIPTS: Readonly<Record<LangCode, RegExp>> = {
  en: /^[\p{Script=Latin}'\p{M}]+$/u, de: /^[\p{Script=Latin}'\p{M}]+$/u, fr: /^[\p{Script=Latin}'\p{M}]+$/u,
  ru: /^[\p{Script=Cyrillic}\p{M}]+$/u, uk: /^[\p{Script=Cyrillic}'\p{M}]+$/u, zh: /^\p{Script=Han}+$/u,
};

// Placeholders of dictionary notation ("sth.", "jdm.", "qn") that are not words of any translation.
const PLACEHOLDERS = new Set(['oneself', 'someone', 'somebody', 'something', 'somewhere', 'sth', 'sb', 'smb', 'smth', 'sthg', 'etw', 'jdn', 'jdm', 'jds', 'jd', 'qn', 'qch', 'qqn', 'qqch', 'qc', 'etc', 'usw', 'bzw', 'pl']);

function isContentWord(word: string, lang: LangCode): boolean {
  if (!CJK.has(lang) && word.length < 2) return false;
  if (isStopword(word, lang) || PLACEHOLDERS.has(word.toLowerCase())) return false;
  const script = SCRIPTS[lang];
  return script ? script.test(word) : !/\p{N}/u.test(word);
}

/** The content words of a short phrase as written, or [] when the phrase is too long or has none. */
export function phraseWords(phrase: string, lang: LangCode): string[] {
  const words = tokenizeWords(phrase, lang).filter((token) => token.kind === 'word');
  if (words.length === 0 || words.length > MAX_PHRASE_WORDS) return [];
  const content = words.filter((token) => isContentWord(token.text, lang));
  return content.length > MAX_CONTENT_WORDS ? [] : content.map((token) => token.text);
}

/** Keys of the content words of a short phrase, or [] when the phrase is too long or has none. */
export function phraseKeys(phrase: string, lang: LangCode): string[] {
  return [...new Set(phraseWords(phrase, lang).map((word) => wordKey(word, lang)))].filter((key) => key.length > 0);
}

/** The longest Chinese or Japanese headword kept, in characters. */
export const MAX_CJK_HEADWORD = 4;

/** The key of a headword that is one content word, else undefined (multi-word headwords are skipped). */
export function headwordKey(headword: string, lang: LangCode): string | undefined {
  if (CJK.has(lang)) {
    const ideographs = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+$/u;
    const length = [...headword].length;
    if (!ideographs.test(headword) || length > MAX_CJK_HEADWORD || isStopword(headword, lang)) return undefined;
    return wordKey(headword, lang);
  }
  const words = tokenizeWords(headword, lang).filter((token) => token.kind === 'word');
  if (words.length !== 1) return undefined;
  const [word] = words;
  if (headword.trimStart().startsWith('_') || !isContentWord(word.text, lang)) return undefined;
  return wordKey(word.text, lang);
}
