/**
 * The rules that judge and adjust sentence boundaries, given the language's compiled tables: which proposed
 * boundaries are false (abbreviations, initials, ordinals, list markers, direct speech), where a sentence ends
 * although Intl.Segmenter saw none, and which quotes belong to which side of a boundary.
 */
import { continuesAbbreviation, endsWithAbbreviationAfterNumber, type CompiledSegmentRules } from './segment-rules';
import type { TextSpan } from './split-sentences';

const WHITESPACE = /\s/u;

/** What follows a false sentence end: a lower-case word (not "eBay"), a comma, a closing bracket, a dash and lower case. */
const STARTS_CONTINUATION = /^(?:\p{Ll}(?!\p{Ll}*\p{Lu})|[,;:)\]}]|[-–—]\s*\p{Ll})/u;
const ENDS_WITH_INITIAL = /(?<![\p{L}\p{N}])\p{Lu}\.$/u;
const STARTS_UPPER = /^['"«“„‘(]*\p{Lu}/u;
const STARTS_DIGIT = /^\p{N}/u;
const ONLY_LIST_MARKER = /^[(]?(?:\p{N}{1,3}(?:\.\p{N}{1,3})*|[IVXLCDM]{1,6}|\p{L})[.)]$/u;
const ENDS_WITH_LIST_MARKER = /[:;]\s*[(]?(?:\p{N}{1,3}|[IVXLCDMivxlcdm]{1,6}|\p{L})[.)]$/u;
const ENDS_WITH_ORDINAL = /(?:^|[^\p{N}.,])(\p{N}{1,2})\.$/u;
const WORD_BEFORE_ORDINAL = /([\p{L}.]+)\s+\p{N}{1,2}\.$/u;
/** Known speaker words count as labels even after an initial; name labels ("С.В.Лавров:") do not. */
function startsWithWordLabel(rules: CompiledSegmentRules, right: string): boolean {
  const match = rules.speakerLabel.exec(right);
  return match !== null && !/^\p{Lu}\./u.test(match[0]);
}

/** Decides whether the boundary between `left` (the sentence so far) and `right` (what follows) is false. */
export function isFalseBoundary(rules: CompiledSegmentRules, left: string, right: string, ordinals: boolean): boolean {
  if (STARTS_CONTINUATION.test(right)) return true;
  const tail = left.length > 60 ? left.slice(-60) : left;
  if (rules.nonTerminal?.test(tail)) return true;
  if (rules.terminal?.test(tail)) return false;
  if (continuesAbbreviation(rules, tail, right)) return true;
  const afterNumber = endsWithAbbreviationAfterNumber(rules, tail);
  if (afterNumber !== 'none') return afterNumber === 'other' && !rules.speakerLabel.test(right);
  if (STARTS_DIGIT.test(right) && rules.beforeNumber?.test(tail)) return true;
  if (ENDS_WITH_INITIAL.test(tail) && STARTS_UPPER.test(right) && !rules.sentenceFinalLetters.has(tail.slice(-2, -1))) {
    return !startsWithWordLabel(rules, right);
  }
  if (startsWithWordLabel(rules, right)) return false;
  if (ONLY_LIST_MARKER.test(left) || ENDS_WITH_LIST_MARKER.test(tail)) return true;
  if (ordinals && ENDS_WITH_ORDINAL.test(tail)) {
    if (rules.ordinalMonth?.test(right)) return true;
    const word = WORD_BEFORE_ORDINAL.exec(tail)?.[1]?.toLowerCase();
    if (word !== undefined && rules.ordinalPrecedingWords.has(word)) return true;
  }
  return false;
}

/**
 * Places inside a piece where a sentence may end although Intl.Segmenter saw none; each is then judged by
 * isFalseBoundary like the segmenter's own boundaries.
 */
const ELLIPSIS_BEFORE_CAPITAL = /…['"’”»)]*\s+(?=['"«“„(]*\p{Lu})/gu;
const TERMINATOR_BEFORE_LABEL = /[.!?…]['"’”»)]*\s*(?=\p{Lu})/gu;
/** Chinese and Japanese: an ellipsis or dash closing a quotation ends the sentence ("不在……”韦小宝道"). */
const CJK_TRAILING_OFF = /(?:…+|—+)[”’」』）》】〉]+/gu;
/** A quotation broken off with a dash, then the next one: "…though—' 'Is that right?'". */
const DASH_QUOTE_BEFORE_QUOTE = /[—–]['"’”»]+\s+(?=['"‘“«„]*\p{Lu})/gu;
/** A dash opening the next utterance: "– Привет, – сказал он. – Как дела?" (Unicode treats dashes as continuing). */
const TERMINATOR_BEFORE_DASH = /[.!?…]['"’”»)]*\s+(?=[-–—]\s*['"«“„]*\p{Lu})/gu;
/** A sentence end before a brand written in mixed case ("…if you want. eBay shows…"), which Intl.Segmenter joins. */
const TERMINATOR_BEFORE_MIXED_CASE = /[.!?]['"’”»)]*\s+(?=\p{Ll}+\p{Lu})/gu;

/** Cheap test that a piece may hold one of the places above (most pieces hold none). */
const MAY_NEED_CUT = /[.!?…]['"’”»)]*\s|[—–]['"’”»]|[…—][”’」』）》】〉]/u;

/** Offsets inside a piece where a sentence may end although Intl.Segmenter saw none (see the patterns above). */
export function forcedCuts(text: string, piece: TextSpan, rules: CompiledSegmentRules, cjk: boolean): number[] {
  const slice = text.slice(piece.start, piece.end);
  if (!MAY_NEED_CUT.test(slice)) return [];
  const cuts: number[] = [];
  for (const match of slice.matchAll(ELLIPSIS_BEFORE_CAPITAL)) cuts.push(match.index + match[0].length);
  for (const match of slice.matchAll(TERMINATOR_BEFORE_LABEL)) {
    const at = match.index + match[0].length;
    if (rules.speakerLabel.test(slice.slice(at, at + 120)) && !ENDS_WITH_INITIAL.test(slice.slice(0, match.index + 1))) {
      cuts.push(at);
    }
  }
  if (cjk) for (const match of slice.matchAll(CJK_TRAILING_OFF)) cuts.push(match.index + match[0].length);
  for (const match of slice.matchAll(DASH_QUOTE_BEFORE_QUOTE)) cuts.push(match.index + match[0].length);
  for (const match of slice.matchAll(TERMINATOR_BEFORE_DASH)) cuts.push(match.index + match[0].length);
  for (const match of slice.matchAll(TERMINATOR_BEFORE_MIXED_CASE)) cuts.push(match.index + match[0].length);
  if (cuts.length === 0) return cuts;
  return [...new Set(cuts)].filter((cut) => cut > 0 && cut < slice.length).sort((a, b) => a - b);
}

/** Closing quotes and brackets that belong to the sentence before them, even after a space ("摔交。 ”", "viendrons. »"). */
const LEADING_CLOSERS = /^(?:\s*[”’»」』）》】〉])+/u;
/** Where » opens a quotation (»Wir kommen.«), so it never closes one. */
const LEADING_CLOSERS_REVERSED_GUILLEMETS = /^(?:\s*[”’」』）》】〉])+/u;
const REVERSED_GUILLEMET_LANGUAGES = new Set(['de', 'da', 'cs', 'sk', 'hu', 'hr', 'sl']);
/** Opening quotes that Intl.Segmenter glues to the end of the previous sentence ("不然。‘谋事"), in CJK text. */
const TRAILING_OPENERS = /(?<=[。！？!?.…])[“‘「『（《【〈]+$/u;
/** Japanese quotative particles after a closing quote continue the sentence: 「…。」と言った. */
export const JAPANESE_QUOTATIVE = /^(?:と|って)/u;

/** Languages that write ordinal numbers with a dot ("3. Oktober"). */
export const ORDINAL_DOT_LANGUAGES: ReadonlySet<string> = new Set(['de', 'pl', 'cs', 'sk', 'da', 'no', 'nb', 'nn', 'fi', 'et', 'lv', 'hu', 'hr', 'sl', 'sr', 'is', 'tr']);

/** Languages written without spaces, split on 。！？. */
export const CJK_LANGUAGES: ReadonlySet<string> = new Set(['zh', 'ja', 'yue', 'wuu', 'lzh']);

/** Moves closing quotes at the start of `piece` to `current`, and (in CJK text) opening quotes the other way. */
export function rebalanceQuotes(text: string, current: TextSpan, piece: TextSpan, language: string): [TextSpan, TextSpan | undefined] {
  const cjk = CJK_LANGUAGES.has(language);
  let left = current;
  let right: TextSpan | undefined = piece;
  const closerPattern = REVERSED_GUILLEMET_LANGUAGES.has(language) ? LEADING_CLOSERS_REVERSED_GUILLEMETS : LEADING_CLOSERS;
  const closers = closerPattern.exec(text.slice(piece.start, Math.min(piece.end, piece.start + 16)));
  if (closers !== null) {
    left = { start: left.start, end: piece.start + closers[0].length };
    let rightStart = left.end;
    while (rightStart < piece.end && WHITESPACE.test(text[rightStart] ?? '')) rightStart++;
    right = rightStart < piece.end ? { start: rightStart, end: piece.end } : undefined;
  }
  if (cjk && right !== undefined) {
    const openers = TRAILING_OPENERS.exec(text.slice(Math.max(left.start, left.end - 8), left.end));
    if (openers !== null && left.end - openers[0].length > left.start) {
      left = { start: left.start, end: left.end - openers[0].length };
      right = { start: left.end, end: right.end };
    }
  }
  return [left, right];
}

