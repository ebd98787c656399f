/**
 * Splits a sentence into the tokens the aligner compares: words, numbers and the punctuation marks that
 * translations keep (? ! : quotes, brackets). Chinese and Japanese words come from the lexicon's `contentKeys`.
 */

/** What kind of evidence a token is. */
export type TokenKind = 'number' | 'punct' | 'word';

/** One token of a sentence. */
export interface Token {
  readonly kind: TokenKind;
  /** Normalised number, punctuation class, or the word as written. */
  readonly text: string;
  /** True when the word starts with a capital letter. */
  readonly capitalized: boolean;
}

const NUMBER_WITH_GROUPS = /\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d])/gu;
const TOKEN = /(\d+)|([\p{L}\p{M}]+(?:['’][\p{L}]+)?)|([?？!！:：«»“”„"「」『』(（)）])/gu;

const PUNCT_CLASS: Readonly<Record<string, string>> = {
  '?': '?', '？': '?', '!': '!', '！': '!', ':': ':', '：': ':',
  '«': '"', '»': '"', '“': '"', '”': '"', '„': '"', '"': '"', '「': '"', '」': '"', '『': '"', '』': '"',
  '(': '(', '（': '(', ')': '(', '）': '(',
};

/** True for languages written without spaces between words. */
export function isCjkLanguage(lang: string): boolean {
  return lang === 'zh' || lang === 'ja';
}

/**
 * Tokens of one sentence (numbers with digit groups are joined: "1 000", "1,000" → "1000"); words only when
 * `withWords` is true.
 */
export function tokenizeSentence(text: string, lang: string, withWords = true): Token[] {
  const joined = text.replace(NUMBER_WITH_GROUPS, (m) => m.replace(/[^\d]/g, ''));
  const tokens: Token[] = [];
  for (const match of joined.matchAll(TOKEN)) {
    if (match[1] !== undefined) {
      tokens.push({ kind: 'number', text: match[1].replace(/^0+(?=\d)/, ''), capitalized: false });
    } else if (match[2] !== undefined) {
      if (!withWords) continue;
      const word = match[2];
      const first = word.charAt(0);
      tokens.push({ kind: 'word', text: word, capitalized: first !== first.toLowerCase() });
    } else if (match[3] !== undefined) {
      tokens.push({ kind: 'punct', text: PUNCT_CLASS[match[3]] ?? match[3], capitalized: false });
    }
  }
  return tokens;
}
