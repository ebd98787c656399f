/**
 * Sentence spans of one paragraph: Intl.Segmenter proposes boundaries, the language's rule tables (rules/)
 * remove the false ones (abbreviations, initials, ordinals, list markers, direct speech) and add the few it
 * misses (an ellipsis before a capital, a speaker label right after a sentence end).
 */
import { primaryLanguage } from './segment-rules';
import { CJK_LANGUAGES, forcedCuts, isFalseBoundary, JAPANESE_QUOTATIVE, ORDINAL_DOT_LANGUAGES, rebalanceQuotes } from './sentence-boundaries';
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
