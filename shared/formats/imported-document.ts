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
 * character to a non-space character followed by white space that holds a blank line or ends the text, what
 * `/\S(?:[\s\S]*?\S)??(?=\s*(?:\n[ \t\u00A0]*\n|$))/g` matches (a paragraph of one character, such as a "*" between
 * sections, stands alone). Found from line feed to line feed with `indexOf`: the expression took 15 ms per 2 MB file.
 */
export function plainTextDocument(text: string, encoding?: string): ImportedText {
  const paragraphs: Paragraph[] = [];
  let start = skipSpaces(text, 0);
  let search = start;
  while (start < text.length) {
    const blank = blankLineAfter(text, search);
    if (blank < 0) {
      paragraphs.push({ index: paragraphs.length, kind: 'paragraph', start, end: endOfRunBefore(text, text.length) });
      break;
    }
    // The paragraph ends where the white space holding the blank line begins; the next one where it ends.
    paragraphs.push({ index: paragraphs.length, kind: 'paragraph', start, end: endOfRunBefore(text, blank) });
    start = skipSpaces(text, blank);
    search = start;
  }
  return { text, paragraphs, format: 'text', ...(encoding === undefined ? {} : { encoding }) };
}

// Per UTF-16 unit: 0 not asked yet, 1 white space (JavaScript's \s), 2 not.
const spaceUnits = new Uint8Array(0x10000);

function isSpace(code: number): boolean {
  let known = spaceUnits[code] as number;
  if (known === 0) {
    known = /^\s$/u.test(String.fromCharCode(code)) ? 1 : 2;
    spaceUnits[code] = known;
  }
  return known === 1;
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** Where the white space that ends at `at` begins (just after the last non-space character before `at`). */
function endOfRunBefore(text: string, at: number): number {
  while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/**
 * The first line feed at or after `from` that opens a blank line (a second line feed follows with nothing but
 * spaces, tabs and no-break spaces between); -1 when there is none.
 */
function blankLineAfter(text: string, from: number): number {
  for (let feed = text.indexOf('\n', from); feed >= 0; feed = text.indexOf('\n', feed + 1)) {
    let next = feed + 1;
    while (next < text.length) {
      const code = text.charCodeAt(next);
      if (code !== 32 && code !== 9 && code !== 0xa0) break;
      next++;
    }
    if (next < text.length && text.charCodeAt(next) === 10) return feed;
  }
  return -1;
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
