/**
 * Paragraph spans of a plain-text document. Normally every non-blank line is a paragraph. Hard-wrapped text
 * (prose broken into lines of similar length, paragraphs separated by blank lines, as in e-texts of books) is
 * recognised, and then a paragraph is a block of lines between blank lines (or a list item).
 */
import type { ParagraphKind } from '../types';
import type { TextSpan } from './split-sentences';

/** A paragraph's span (trimmed of surrounding whitespace) and its kind. */
export interface ParagraphSpan extends TextSpan {
  readonly kind: ParagraphKind;
}

const LIST_ITEM = /^(?:[•·▪◦‣●○■□*+]|[-–—](?=[ \u00a0])|\(?(?:\p{N}{1,3}(?:\.\p{N}{1,3})*|[IVXLCDMivxlcdm]{1,6}|\p{L})[.)])[ \u00a0]/u;
const ENDS_SENTENCE = /[.!?…:;。！？'"’”»)\]]$/u;
/** A heading is short, unpunctuated at its end and has no inner sentence end. */
const MAX_HEADING = 160;
/** Wrapped prose: most lines inside blocks end without punctuation and are long enough to be prose. */
const WRAPPED_UNPUNCTUATED_SHARE = 0.5;
const WRAPPED_MIN_MEDIAN_LENGTH = 40;
const WRAPPED_MAX_LONG_LINE_SHARE = 0.05;
const WRAPPED_LONG_LINE = 120;

function isWhitespace(char: string | undefined): boolean {
  return char !== undefined && /\s/u.test(char);
}

/** Classifies a paragraph by its text. */
export function paragraphKind(text: string): ParagraphKind {
  if (LIST_ITEM.test(text)) return 'list-item';
  if (text.length <= MAX_HEADING && !ENDS_SENTENCE.test(text) && !/[.!?。！？][ \u00a0]/u.test(text) && /^[\p{Lu}\p{N}]/u.test(text)) {
    return 'heading';
  }
  return 'paragraph';
}

interface Line extends TextSpan {
  /** Whether a blank line (or the start of the text) precedes it. */
  readonly afterBlank: boolean;
}

const isLineBreak = (code: number): boolean => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;

/** Non-blank lines, trimmed, each knowing whether a blank line precedes it (a plain loop: this runs on whole books). */
function trimmedLines(text: string): Line[] {
  const lines: Line[] = [];
  let breaks = 2;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isLineBreak(code)) {
      // "\r\n" is one line break.
      if (!(code === 0x0d && text.charCodeAt(index + 1) === 0x0a)) breaks++;
      index++;
      continue;
    }
    let end = index;
    while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
    let start = index;
    let trimmedEnd = end;
    while (start < trimmedEnd && isWhitespace(text[start])) start++;
    while (trimmedEnd > start && isWhitespace(text[trimmedEnd - 1])) trimmedEnd--;
    if (trimmedEnd > start) {
      lines.push({ start, end: trimmedEnd, afterBlank: breaks >= 2 });
      breaks = 0;
    }
    index = end;
  }
  return lines;
}

/** True when the text is prose hard-wrapped into lines, with blank lines between paragraphs. */
export function isHardWrapped(text: string, lines: readonly Line[] = trimmedLines(text)): boolean {
  if (!lines.some((line, index) => index > 0 && line.afterBlank)) return false;
  const inner = lines.filter((line, index) => lines[index + 1] !== undefined && !lines[index + 1]?.afterBlank);
  if (inner.length < 3) return false;
  const unpunctuated = inner.filter((line) => !ENDS_SENTENCE.test(text.slice(line.end - 1, line.end))).length;
  const lengths = inner.map((line) => line.end - line.start).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const long = lines.filter((line) => line.end - line.start > WRAPPED_LONG_LINE).length;
  return (
    unpunctuated >= inner.length * WRAPPED_UNPUNCTUATED_SHARE &&
    median >= WRAPPED_MIN_MEDIAN_LENGTH &&
    long <= lines.length * WRAPPED_MAX_LONG_LINE_SHARE
  );
}

function span(text: string, start: number, end: number): ParagraphSpan {
  return { start, end, kind: paragraphKind(text.slice(start, Math.min(end, start + MAX_HEADING + 1))) };
}

/**
 * Paragraph spans: each non-blank line, trimmed; in hard-wrapped text, each block of lines between blank lines
 * (a list item starts a new one). Blank lines are skipped.
 */
export function paragraphSpans(text: string): ParagraphSpan[] {
  const lines = trimmedLines(text);
  if (!isHardWrapped(text, lines)) return lines.map((line) => span(text, line.start, line.end));
  const spans: ParagraphSpan[] = [];
  let block: TextSpan | undefined;
  for (const line of lines) {
    const startsParagraph = line.afterBlank || LIST_ITEM.test(text.slice(line.start, line.start + 12));
    if (block !== undefined && !startsParagraph) {
      block = { start: block.start, end: line.end };
      continue;
    }
    if (block !== undefined) spans.push(span(text, block.start, block.end));
    block = { start: line.start, end: line.end };
  }
  if (block !== undefined) spans.push(span(text, block.start, block.end));
  return spans;
}
