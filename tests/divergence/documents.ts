/**
 * Test helpers: documents made from one-sentence-per-line text and pairs read from gold alignment files, so the
 * checks are tested on exact sentence splits without depending on the segmenter or the aligner.
 */
import type { AlignedPair, LangCode, SegmentedDocument, Sentence } from '../../shared/types';

/** A document whose sentences are the given lines, one paragraph each. */
export function documentFromLines(lines: readonly string[], lang: LangCode): SegmentedDocument {
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const [index, text] of lines.entries()) {
    sentences.push({ index, text, paragraph: index, start: offset, end: offset + text.length });
    offset += text.length + 1;
  }
  return {
    lang,
    text: lines.join('\n'),
    paragraphs: sentences.map((sentence) => ({ index: sentence.index, kind: 'paragraph', start: sentence.start, end: sentence.end })),
    sentences,
  };
}

/** Parses a gold alignment (`[0, 1]:[2]` per line). */
export function parseGoldAlignment(text: string): AlignedPair[] {
  return text
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const [src, tgt] = line.split(':').map((part) => JSON.parse(part.trim()) as number[]);
      return { src: src ?? [], tgt: tgt ?? [], score: 1 };
    });
}
