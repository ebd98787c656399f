/** Splits a document into paragraphs and sentences; the entry point of segmentation. */
import type { LangCode, Paragraph, SegmentedDocument, Sentence } from '../types';
import { paragraphSpans } from './paragraphs';
import { splitSentences } from './split-sentences';

/** Options of segmentDocument. */
export interface SegmentOptions {
  /** Every non-empty line is one sentence, kept as is; blank lines separate paragraphs. */
  readonly presegmented?: boolean;
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
  // Lines found by scanning for the line breaks (\n, \r\n, \r): a book has tens of thousands, and a pattern
  // match, its array and a replace per line cost more than the rest of this function.
  let start = 0;
  while (start < text.length) {
    let end = start;
    for (let code = text.charCodeAt(end); end < text.length && code !== 10 && code !== 13; code = text.charCodeAt(++end));
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
