// Presegmented text: each non-blank line is a sentence kept exactly, blank lines separate paragraphs. The lines
// are found by a hand-written scan; this checks it against the definition by pattern on generated texts mixing
// every kind of line break with blank and space-only lines.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/bench/seeded-random';
import { segmentDocument } from '../../shared/segment/segment-document';

/** The definition: lines as the pattern finds them, blank ones closing the paragraph. */
function byPattern(text: string): { paragraphs: [number, number][]; sentences: [string, number, number, number][] } {
  const paragraphs: [number, number][] = [];
  const sentences: [string, number, number, number][] = [];
  let first = -1;
  let last = -1;
  const close = (): void => {
    if (first >= 0) paragraphs.push([first, last]);
    first = -1;
  };
  for (const match of text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    if (match[0] === '') break;
    const line = match[0].replace(/(?:\r\n|\r|\n)$/, '');
    if (line.trim() === '') {
      close();
      continue;
    }
    if (first < 0) first = match.index;
    last = match.index + line.length;
    sentences.push([line, paragraphs.length, match.index, last]);
  }
  close();
  return { paragraphs, sentences };
}

describe('segmentDocument with presegmented text', () => {
  it('finds the lines and paragraphs the pattern finds', () => {
    const pieces = ['Да.', 'b', ' ', '\n', '\r', '\r\n', '\t', '\u00a0', '\u2028'];
    const next = seededRandom(11);
    const random = (below: number): number => Math.floor(next() * below);
    for (let trial = 0; trial < 20_000; trial++) {
      let text = '';
      for (let count = random(14); count > 0; count--) text += pieces[random(pieces.length)];
      const document = segmentDocument(text, 'ru', { presegmented: true });
      const found = {
        paragraphs: document.paragraphs.map((paragraph): [number, number] => [paragraph.start, paragraph.end]),
        sentences: document.sentences.map((sentence): [string, number, number, number] => [sentence.text, sentence.paragraph, sentence.start, sentence.end]),
      };
      expect(found, JSON.stringify(text)).toEqual(byPattern(text));
    }
  });
});
