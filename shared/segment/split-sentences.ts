/**
 * Sentence spans of one paragraph: Intl.Segmenter proposes boundaries, the language's rule tables (rules/)
 * remove the false ones (abbreviations, initials, ordinals, list markers, direct speech) and add the few it
 * misses (an ellipsis before a capital, a speaker label right after a sentence end).
 */
import { continuesAbbreviation, endsWithAbbreviationAfterNumber, primaryLanguage, type CompiledSegmentRules } from './segment-rules';
import { segmentRulesFor } from './rules/index';
import type { LangCode } from '../types';

/** A span of text: start inclusive, end exclusive. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Intl.Segmenter's cost grows with the length of the string it walks, so long paragraphs are cut into chunks
 * at likely sentence ends first; every cut is then judged by the same rules as the segmenter's own boundaries.
 */
const MAX_CHUNK = 4000;
const CHUNK_TARGET = 2000;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

const WHITESPACE = /\s/u;
const LIKELY_END = /[.!?…。！？]['"’”»)\]]*\s+/gu;

/** Chunk limits for a long paragraph: cuts right after a likely sentence end, near every CHUNK_TARGET characters. */
function chunkLimits(text: string, start: number, end: number): number[] {
  const limits: number[] = [];
  let from = start;
  while (end - from > MAX_CHUNK) {
    LIKELY_END.lastIndex = from + CHUNK_TARGET;
    const match = LIKELY_END.exec(text);
    let cut = match !== null && match.index < from + MAX_CHUNK ? match.index + match[0].length : -1;
    if (cut < 0) {
      cut = from + CHUNK_TARGET;
      while (cut < end && !WHITESPACE.test(text[cut] ?? '')) cut++;
    }
    if (cut >= end) break;
    limits.push(cut);
    from = cut;
  }
  limits.push(end);
  return limits;
}

/** Raw pieces from Intl.Segmenter (and chunk cuts), whitespace trimmed, offsets into `text`. */
function rawPieces(text: string, start: number, end: number, lang: string): TextSpan[] {
  const segmenter = segmenterFor(lang);
  const pieces: TextSpan[] = [];
  let from = start;
  for (const limit of chunkLimits(text, start, end)) {
    // Line breaks inside a paragraph (hard-wrapped text) are spaces to the segmenter, which would end a sentence there.
    const chunk = text.slice(from, limit).replace(/[\r\n\u2028\u2029]/gu, ' ');
    for (const segment of segmenter.segment(chunk)) {
      let pieceStart = from + segment.index;
      let pieceEnd = pieceStart + segment.segment.length;
      while (pieceStart < pieceEnd && WHITESPACE.test(text[pieceStart] ?? '')) pieceStart++;
      while (pieceEnd > pieceStart && WHITESPACE.test(text[pieceEnd - 1] ?? '')) pieceEnd--;
      if (pieceEnd > pieceStart) pieces.push({ start: pieceStart, end: pieceEnd });
    }
    from = limit;
  }
  return pieces;
}

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
function isFalseBoundary(rules: CompiledSegmentRules, left: string, right: string, ordinals: boolean): boolean {
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
/** A sentence end before a brand written in mixed case ("…if you want. eBay shows…"), which Intl.Segmenter joins. */
/** A dash opening the next utterance: "– Привет, – сказал он. – Как дела?" (Unicode treats dashes as continuing). */
const TERMINATOR_BEFORE_DASH = /[.!?…]['"’”»)]*\s+(?=[-–—]\s*['"«“„]*\p{Lu})/gu;
const TERMINATOR_BEFORE_MIXED_CASE = /[.!?]['"’”»)]*\s+(?=\p{Ll}+\p{Lu})/gu;

/** Cheap test that a piece may hold one of the places above (most pieces hold none). */
const MAY_NEED_CUT = /[.!?…]['"’”»)]*\s|[—–]['"’”»]|[…—][”’」』）》】〉]/u;

function forcedCuts(text: string, piece: TextSpan, rules: CompiledSegmentRules, cjk: boolean): number[] {
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
const JAPANESE_QUOTATIVE = /^(?:と|って)/u;

function cutPiece(text: string, piece: TextSpan, cuts: readonly number[]): TextSpan[] {
  const parts: TextSpan[] = [];
  let from = piece.start;
  for (const cut of [...cuts.map((offset) => piece.start + offset), piece.end]) {
    let partEnd = cut;
    while (partEnd > from && WHITESPACE.test(text[partEnd - 1] ?? '')) partEnd--;
    if (partEnd > from) parts.push({ start: from, end: partEnd });
    from = cut;
    while (from < piece.end && WHITESPACE.test(text[from] ?? '')) from++;
  }
  return parts;
}

/** Languages that write ordinal numbers with a dot ("3. Oktober"). */
const ORDINAL_DOT_LANGUAGES = new Set(['de', 'pl', 'cs', 'sk', 'da', 'no', 'nb', 'nn', 'fi', 'et', 'lv', 'hu', 'hr', 'sl', 'sr', 'is', 'tr']);

const CJK_LANGUAGES = new Set(['zh', 'ja', 'yue', 'wuu', 'lzh']);

/** Moves closing quotes at the start of `piece` to `current`, and (in CJK text) opening quotes the other way. */
function rebalanceQuotes(text: string, current: TextSpan, piece: TextSpan, language: string): [TextSpan, TextSpan | undefined] {
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

/** Splits text[start, end) into sentence spans (offsets into text), following the language's rules. */
export function splitSentences(text: string, start: number, end: number, lang: LangCode): TextSpan[] {
  const primary = primaryLanguage(lang);
  const rules = segmentRulesFor(primary);
  const ordinals = ORDINAL_DOT_LANGUAGES.has(primary);
  const cjk = CJK_LANGUAGES.has(primary);
  const sentences: TextSpan[] = [];
  let current: TextSpan | undefined;
  for (const raw of rawPieces(text, start, end, primary)) {
    const cuts = forcedCuts(text, raw, rules, cjk);
    const pieces = cuts.length === 0 ? [raw] : cutPiece(text, raw, cuts);
    for (const original of pieces) {
      if (current === undefined) {
        current = original;
        continue;
      }
      const [left, piece] = rebalanceQuotes(text, current, original, primary);
      current = left;
      if (piece === undefined) continue;
      const leftText = text.slice(current.start, current.end);
      const right = text.slice(piece.start, Math.min(piece.end, piece.start + 120));
      const join = isFalseBoundary(rules, leftText, right, ordinals) || (primary === 'ja' && JAPANESE_QUOTATIVE.test(right));
      if (join) {
        current = { start: current.start, end: piece.end };
      } else {
        sentences.push(current);
        current = piece;
      }
    }
  }
  if (current !== undefined) sentences.push(current);
  return sentences;
}
