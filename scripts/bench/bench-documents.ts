// Builds SegmentedDocuments from already segmented data (one sentence per line) for the alignment bench.
import type { Paragraph, SegmentedDocument, Sentence } from '../../shared/types';

/**
 * A document whose sentences are the given lines. With `rawText`, each sentence gets the paragraph (non-empty
 * line) of the raw text it comes from; without it the document is one paragraph.
 */
export function documentFromLines(lines: readonly string[], lang: string, rawText?: string): SegmentedDocument {
  const text = lines.join('\n');
  const sentences: Sentence[] = [];
  const paragraphOf = rawText === undefined ? lines.map(() => 0) : locateParagraphs(lines, rawText);
  let offset = 0;
  lines.forEach((line, index) => {
    sentences.push({ index, text: line, paragraph: paragraphOf[index] ?? 0, start: offset, end: offset + line.length });
    offset += line.length + 1;
  });
  const paragraphCount = Math.max(0, ...paragraphOf) + 1;
  const paragraphs: Paragraph[] = Array.from({ length: paragraphCount }, (_, index) => {
    const members = sentences.filter((sentence) => sentence.paragraph === index);
    return { index, kind: 'paragraph', start: members[0]?.start ?? 0, end: members[members.length - 1]?.end ?? 0 };
  });
  return { lang, text, paragraphs, sentences };
}

function locateParagraphs(lines: readonly string[], rawText: string): number[] {
  const squash = (value: string): string => value.replace(/\s+/gu, '');
  const paragraphs = rawText.split(/\r?\n/).filter((line) => line.trim() !== '').map(squash);
  const result: number[] = [];
  let paragraph = 0;
  let position = 0;
  for (const line of lines) {
    const needle = squash(line);
    for (let p = paragraph; p < paragraphs.length; p++) {
      const at = (paragraphs[p] as string).indexOf(needle, p === paragraph ? position : 0);
      if (at >= 0) {
        paragraph = p;
        position = at + needle.length;
        break;
      }
    }
    result.push(paragraph);
  }
  return result;
}

/** Lines of a one-sentence-per-line file (a trailing newline does not add a sentence). */
export function sentenceLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
