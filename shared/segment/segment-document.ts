/** Splits a document into paragraphs and sentences; the entry point of segmentation. */
import type { LangCode, Paragraph, SegmentedDocument, Sentence } from '../types';
import { paragraphSpans } from './paragraphs';
import { splitSentences } from './split-sentences';

/** Options of segmentDocument. */
export interface SegmentOptions {
  /** Every non-empty line is one sentence, kept as is; blank lines separate paragraphs. */
  readonly presegmented?: boolean;
}

/**
 * Where the line starting at `start` ends: at the next line break (\n, \r\n or \r), or the end of the text. Without
 * a \r in the text (files are read with their line breaks made \n) indexOf finds it: a loop over the characters,
 * still cold at this point of a command, took 8 ms on a pair of 10,000-line files.
 */
function lineEnd(text: string, start: number, carriageReturns: boolean): number {
  if (!carriageReturns) {
    const end = text.indexOf('\n', start);
    return end < 0 ? text.length : end;
  }
  let end = start;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return end;
}

/** Lines of presegmented text, kept exactly (only the line break is dropped); blank lines separate paragraphs. */
function segmentPresegmented(text: string, lang: LangCode): SegmentedDocument {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let paragraphStart = -1;
  let paragraphEnd = -1;
  const closeParagraph = (): void => {
    if (paragraphStart < 0) return;
    paragraphs.push({ index: paragraphs.length, kind: 'paragraph', start: paragraphStart, end: paragraphEnd });
    paragraphStart = -1;
  };
  // Lines found by searching for the line breaks: a book has tens of thousands, and a pattern match, its array and
  // a replace per line cost more than the rest of this function.
  const carriageReturns = text.includes('\r');
  let start = 0;
  while (start < text.length) {
    const end = lineEnd(text, start, carriageReturns);
    const next = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    const line = text.slice(start, end);
    if (line.trim() === '') {
      closeParagraph();
    } else {
      if (paragraphStart < 0) paragraphStart = start;
      paragraphEnd = end;
      sentences.push({ index: sentences.length, text: line, paragraph: paragraphs.length, start, end });
    }
    start = next;
  }
  closeParagraph();
  return { lang, text, paragraphs, sentences };
}

/** Segments a document: paragraphs (each non-blank line), then sentences by language-specific rules. */
export function segmentDocument(text: string, lang: LangCode, options: SegmentOptions = {}): SegmentedDocument {
  if (options.presegmented === true) return segmentPresegmented(text, lang);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const span of paragraphSpans(text)) {
    const paragraph = paragraphs.length;
    paragraphs.push({ index: paragraph, kind: span.kind, start: span.start, end: span.end });
    for (const sentence of splitSentences(text, span.start, span.end, lang)) {
      sentences.push({
        index: sentences.length,
        text: text.slice(sentence.start, sentence.end),
        paragraph,
        start: sentence.start,
        end: sentence.end,
      });
    }
  }
  return { lang, text, paragraphs, sentences };
}
