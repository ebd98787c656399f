/**
 * A document read from a file, before segmentation: its text (block after block, separated by blank lines, each
 * block on one line) and its paragraphs with their kinds, which the aligner uses as anchors.
 */
import type { Paragraph, ParagraphKind, SegmentedDocument } from '../types';

/** What an importer returns; `text` is what `segmentDocument` splits. */
export interface ImportedText {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  /** The format the text came from. */
  readonly format: 'text' | 'markdown' | 'html' | 'docx';
  /** The encoding a text file was decoded from. */
  readonly encoding?: string;
}

/** Collects blocks of text into an ImportedText, normalising white space inside each block. */
export class DocumentBuilder {
  private text = '';
  private readonly paragraphs: Paragraph[] = [];

  /** Adds a block; white space runs become single spaces and empty blocks are dropped. */
  add(kind: ParagraphKind, content: string): void {
    const block = content.replace(/[\s\u00A0\u2028\u2029]+/gu, ' ').trim();
    if (block === '') return;
    if (this.text !== '') this.text += '\n\n';
    const start = this.text.length;
    this.text += block;
    this.paragraphs.push({ index: this.paragraphs.length, kind, start, end: this.text.length });
  }

  /** The document built so far. */
  build(format: ImportedText['format'], encoding?: string): ImportedText {
    return { text: this.text, paragraphs: [...this.paragraphs], format, ...(encoding === undefined ? {} : { encoding }) };
  }
}

/**
 * Splits plain text into paragraphs at blank lines (all of kind "paragraph"): the shortest run from a non-space
 * character to a non-space character followed by white space that holds a blank line or ends the text. (The
 * optional part is lazy, `??`: with a greedy `?` a paragraph of one character, such as a "*" between sections or a
 * chapter number, was joined to the next paragraph.)
 */
export function plainTextDocument(text: string, encoding?: string): ImportedText {
  const paragraphs: Paragraph[] = [];
  const pattern = /\S(?:[\s\S]*?\S)??(?=\s*(?:\n[ \t\u00A0]*\n|$))/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    paragraphs.push({ index: paragraphs.length, kind: 'paragraph', start: match.index, end: match.index + match[0].length });
  }
  return { text, paragraphs, format: 'text', ...(encoding === undefined ? {} : { encoding }) };
}

/**
 * Gives the paragraphs of a segmented document the kinds the importer found: each segmented paragraph takes the
 * kind of the imported paragraph it overlaps most (segmentation may split paragraphs further, never join them).
 * Plain text has no markup to say more than the segmenter's own guesses, so its kinds are left alone.
 */
export function applyParagraphKinds(doc: SegmentedDocument, imported: ImportedText): SegmentedDocument {
  if (imported.format === 'text') return doc;
  const source = imported.paragraphs;
  let cursor = 0;
  const paragraphs = doc.paragraphs.map((paragraph) => {
    while (cursor < source.length && source[cursor].end <= paragraph.start) cursor++;
    let best: Paragraph | undefined;
    let bestOverlap = 0;
    for (let i = cursor; i < source.length && source[i].start < paragraph.end; i++) {
      const overlap = Math.min(source[i].end, paragraph.end) - Math.max(source[i].start, paragraph.start);
      if (overlap > bestOverlap) {
        best = source[i];
        bestOverlap = overlap;
      }
    }
    return best === undefined || best.kind === paragraph.kind ? paragraph : { ...paragraph, kind: best.kind };
  });
  return { ...doc, paragraphs };
}
