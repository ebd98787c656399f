/**
 * `punctuation`: a question rendered as a statement (or the reverse), quotes lost in the translation, brackets
 * left open.
 */
import type { Flag } from '../../types';
import { flagAt, type PairContext } from '../pair-context';
import { isInchMark } from '../text/quotations';
import type { SideText } from '../text/side-text';

// A straight double quote right after a digit is an inch or a second (20x16", 5'11"), not a quotation mark (as
// `isInchMark` says).
const QUOTES = /(?<!\d)"|[«»“”„‘’]/gu;
// An apostrophe inside a word (don't, Walt's) is no quotation mark.
const APOSTROPHE = /(?<=\p{L})’(?=\p{L})/gu;
const OPEN_BRACKETS = /[([]/gu;
const CLOSE_BRACKETS = /[)\]]/gu;
const QUESTION = /[?？¿]/u;

function count(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

const QUOTE_CODES = new Set(['"', '«', '»', '“', '”', '„', '‘', '’'].map((char) => char.charCodeAt(0)));

/** Quotation marks in a text, apostrophes inside words and inch marks left out. */
function quotes(text: string): number {
  // Only a ’ can be an apostrophe: without one, a plain count is the same.
  if (text.includes('’')) return count(text.replace(APOSTROPHE, ''), QUOTES);
  let found = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    // Every quotation mark is '"', « (U+00AB), » (U+00BB) or in U+2018–U+201E: a letter of any script is settled
    // by comparisons alone.
    if (code === 34) {
      if (!isInchMark(text, k)) found += 1;
    } else if (code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201e && QUOTE_CODES.has(code))) found += 1;
  }
  return found;
}

// The bracket of a list item's number or letter at the start of a text or after a sentence ("1) Go to…", "… again.
// 2) Use…", "а) …"), which no bracket opens.
const LIST_MARKER = /(?:^|[.!?:;]\s+)\s*(?:\d{1,3}|\p{L})\)/gu;

/** Opening brackets less closing ones, list markers left out. */
function bracketBalance(text: string): number {
  const withoutMarkers = text.includes(')') ? text.replace(LIST_MARKER, ' ') : text;
  return count(withoutMarkers, OPEN_BRACKETS) - count(withoutMarkers, CLOSE_BRACKETS);
}

function endSpan(side: SideText): [number, number] {
  const trimmed = side.text.trimEnd();
  return [Math.max(0, trimmed.length - 1), trimmed.length];
}

/** Flags question marks, quotes and brackets that do not carry over. */
export function checkPunctuation(context: PairContext): Flag[] {
  const { src, tgt, index } = context;
  if (src.sentences.length === 0 || tgt.sentences.length === 0) return [];
  const flags: Flag[] = [];
  const srcQuestions = QUESTION.test(src.text);
  const tgtQuestions = QUESTION.test(tgt.text);
  if (srcQuestions !== tgtQuestions) {
    const [start, end] = endSpan(tgt);
    flags.push(flagAt(index, tgt, start, end, {
      kind: 'punctuation',
      severity: 'warning',
      messageKey: srcQuestions ? 'punctuation.questionLost' : 'punctuation.questionAdded',
    }));
  }
  // Quotes lost in the translation. Quotes added are a convention of the target language (Russian quotes the
  // names of buttons and menus that English capitalises), and an odd count is usual when a quotation runs over
  // several sentences.
  if (quotes(src.text) >= 2 && quotes(tgt.text) === 0) {
    const [start, end] = endSpan(tgt);
    flags.push(flagAt(index, tgt, start, end, { kind: 'punctuation', severity: 'info', messageKey: 'punctuation.quotes' }));
  }
  // Brackets left open (or closed twice) by the translation: an imbalance the original has too (a bracket that
  // runs over several sentences) is not the translation's.
  const balance = bracketBalance(tgt.text);
  if (balance !== 0 && balance !== bracketBalance(src.text)) {
    const [start, end] = endSpan(tgt);
    flags.push(flagAt(index, tgt, start, end, { kind: 'punctuation', severity: 'info', messageKey: 'punctuation.brackets' }));
  }
  return flags;
}
