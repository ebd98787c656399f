/**
 * Test helper: a SegmentedDocument from a hand-split file (one sentence per line, a blank line between
 * paragraphs), so the revision tests do not depend on the segmenter's choices.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Paragraph, SegmentedDocument, Sentence } from '../../shared/types';

const FIXTURES = fileURLToPath(new URL('../fixtures/revisions/', import.meta.url));

/** Build a document from paragraphs of sentences. */
export function documentOf(paragraphTexts: ReadonlyArray<readonly string[]>, lang: string): SegmentedDocument {
  let text = '';
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  paragraphTexts.forEach((sentenceTexts, p) => {
    if (p > 0) text += '\n\n';
    const start = text.length;
    sentenceTexts.forEach((sentence, k) => {
      if (k > 0) text += ' ';
      sentences.push({ index: sentences.length, text: sentence, paragraph: p, start: text.length, end: text.length + sentence.length });
      text += sentence;
    });
    paragraphs.push({ index: p, kind: 'paragraph', start, end: text.length });
  });
  return { lang, text, paragraphs, sentences };
}

/** Parse the one-sentence-per-line format. */
export function parseSentenceLines(content: string): string[][] {
  return content
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').filter((line) => line.trim() !== ''))
    .filter((block) => block.length > 0);
}

/** Load a fixture from tests/fixtures/revisions. */
export function loadSentenceFixture(name: string, lang: string): SegmentedDocument {
  return documentOf(parseSentenceLines(readFileSync(FIXTURES + name, 'utf8')), lang);
}

/** The gold alignment of the sample (ru source : en target) as beads. */
export function loadGoldBeads(): Array<{ src: number[]; tgt: number[] }> {
  const path = fileURLToPath(new URL('../../resources/samples/lavrov-osce-2026-02-06/gold.align', import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [src, tgt] = line.split(':').map((part) => JSON.parse(part) as number[]);
      return { src, tgt };
    });
}
