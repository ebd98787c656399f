/** Paragraph spans of a plain-text document: every non-blank line is a paragraph. */
import type { ParagraphKind } from '../types';
import type { TextSpan } from './split-sentences';

/** A paragraph's span (trimmed of surrounding whitespace) and its kind. */
export interface ParagraphSpan extends TextSpan {
  readonly kind: ParagraphKind;
}

const LINE = /[^\r\n\u2028\u2029]+/gu;
const LIST_ITEM = /^(?:[•·▪◦‣●○■□*+]|[-–—](?=[ \u00a0])|\(?(?:\p{N}{1,3}(?:\.\p{N}{1,3})*|[IVXLCDMivxlcdm]{1,6}|\p{L})[.)])[ \u00a0]/u;
const ENDS_SENTENCE = /[.!?…:;。！？'"’”»)\]]$/u;
/** A heading is short, unpunctuated at its end and has no inner sentence end. */
const MAX_HEADING = 160;

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

/** Paragraph spans: lines with their surrounding whitespace trimmed; blank lines are skipped. */
export function paragraphSpans(text: string): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  for (const match of text.matchAll(LINE)) {
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && isWhitespace(text[start])) start++;
    while (end > start && isWhitespace(text[end - 1])) end--;
    if (end > start) spans.push({ start, end, kind: paragraphKind(text.slice(start, Math.min(end, start + MAX_HEADING + 1))) });
  }
  return spans;
}
