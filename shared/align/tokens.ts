/**
 * Splits a sentence into the tokens the aligner compares: words, numbers and the punctuation marks that
 * translations keep (? ! : quotes, brackets). Chinese and Japanese words come from the lexicon's `contentKeys`.
 */

/** What kind of evidence a token is. */
export type TokenKind = 'number' | 'punct' | 'word';

const NUMBER_WITH_GROUPS = /\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d])/gu;

const PUNCT_CLASS: Readonly<Record<string, string>> = {
  '?': '?', '？': '?', '!': '!', '！': '!', ':': ':', '：': ':',
  '«': '"', '»': '"', '“': '"', '”': '"', '„': '"', '"': '"', '「': '"', '」': '"', '『': '"', '』': '"',
  '(': '(', '（': '(', ')': '(', '）': '(',
};

/** The punctuation class of each UTF-16 unit, as an index into PUNCT_CLASSES (0: none). */
const PUNCT_CLASSES: readonly string[] = ['', ...new Set(Object.values(PUNCT_CLASS))];
const PUNCT_OF_UNIT = new Uint8Array(0x10000);
for (const [mark, punctClass] of Object.entries(PUNCT_CLASS)) PUNCT_OF_UNIT[mark.charCodeAt(0)] = PUNCT_CLASSES.indexOf(punctClass);

/** True for languages written without spaces between words. */
export function isCjkLanguage(lang: string): boolean {
  return lang === 'zh' || lang === 'ja';
}

/** Character classes of the tokenizer: 1 a letter (\p{L}), 2 a mark (\p{M}), 3 anything else; 0 not yet known. */
const LETTER = 1;
const MARK = 2;
const OTHER = 3;
const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();

function classify(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  return IS_LETTER.test(ch) ? LETTER : IS_MARK.test(ch) ? MARK : OTHER;
}

/** Class of the code point at position i of text (a surrogate pair counts as one). */
function classAt(text: string, i: number, code: number): number {
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) {
    let cls = bmpClass[code] as number;
    if (cls === 0) bmpClass[code] = cls = classify(code);
    return cls;
  }
  const codePoint = text.codePointAt(i) as number;
  let cls = astralClass.get(codePoint);
  if (cls === undefined) astralClass.set(codePoint, (cls = classify(codePoint)));
  return cls;
}

/** UTF-16 length of the code point at position i. */
function widthAt(text: string, i: number, code: number): number {
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The characters NUMBER_WITH_GROUPS allows between digit groups. */
function isGroupSeparator(code: number): boolean {
  return code === 0x2c || code === 0x2e || code === 0x20 || code === 0xa0 || code === 0x202f;
}

/** Receives the tokens of one sentence as slices of `text` (the sentence with its digit groups joined). */
export interface TokenSink {
  /** A word or a number: text.slice(start, end). */
  token(kind: 'number' | 'word', text: string, start: number, end: number): void;
  /** A punctuation mark of the given class ('?', '!', ':', '"', '('). */
  punct(punctClass: string): void;
}

function isLetterOrMark(text: string, i: number, code: number): boolean {
  return code < 0x80 ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : classAt(text, i, code) !== OTHER;
}

function isLetter(text: string, i: number, code: number): boolean {
  return code < 0x80 ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : classAt(text, i, code) === LETTER;
}

/**
 * Scans one sentence into `sink` (numbers with digit groups joined: "1 000", "1,000" → "1000"); words only when
 * `withWords` is true. A number is a run of digits 0–9 (leading zeros dropped), a word a run of letters and marks
 * optionally followed by an apostrophe and letters ("l'homme", "don’t"), punctuation one of the marks above.
 * Scanned by hand with memoised character classes and no allocation per token: the aligner scans every sentence
 * of both documents, and most tokens are words it has met before.
 */
export function scanSentence(text: string, withWords: boolean, sink: TokenSink): void {
  // Digit groups are joined (NUMBER_WITH_GROUPS) only in a sentence that may have one, when its first digit run
  // followed by a separator and a digit is met: a group can start no earlier, so the tokens before are the same.
  let joined = text;
  let grouped = false;
  let length = joined.length;
  let i = 0;
  while (i < length) {
    const code = joined.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      let end = i + 1;
      while (end < length && joined.charCodeAt(end) >= 48 && joined.charCodeAt(end) <= 57) end++;
      if (!grouped && end + 1 < length && isGroupSeparator(joined.charCodeAt(end)) && isDigit(joined.charCodeAt(end + 1))) {
        grouped = true;
        joined = text.replace(NUMBER_WITH_GROUPS, (m) => m.replace(/[^\d]/g, ''));
        length = joined.length;
        end = i + 1;
        while (end < length && joined.charCodeAt(end) >= 48 && joined.charCodeAt(end) <= 57) end++;
      }
      let first = i;
      while (first < end - 1 && joined.charCodeAt(first) === 48) first++;
      sink.token('number', joined, first, end);
      i = end;
      continue;
    }
    if (!isLetterOrMark(joined, i, code)) {
      const punct = PUNCT_OF_UNIT[code] as number;
      if (punct !== 0) sink.punct(PUNCT_CLASSES[punct] as string);
      i += widthAt(joined, i, code);
      continue;
    }
    let end = i;
    while (end < length) {
      const c = joined.charCodeAt(end);
      if (!isLetterOrMark(joined, end, c)) break;
      end += widthAt(joined, end, c);
    }
    if (end + 1 < length) {
      const c = joined.charCodeAt(end);
      if (c === APOSTROPHE || c === RIGHT_QUOTE) {
        let tail = end + 1;
        while (tail < length) {
          const t = joined.charCodeAt(tail);
          if (!isLetter(joined, tail, t)) break;
          tail += widthAt(joined, tail, t);
        }
        if (tail > end + 1) end = tail;
      }
    }
    if (withWords) sink.token('word', joined, i, end);
    i = end;
  }
}

/** True when a word starts with a capital letter. */
export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}
