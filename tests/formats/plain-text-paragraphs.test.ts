import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/bench/seeded-random';
import { plainTextDocument } from '../../shared/formats/imported-document';

function paragraphsOf(text: string): [number, number][] {
  return plainTextDocument(text).paragraphs.map((paragraph) => [paragraph.start, paragraph.end]);
}

describe('paragraphs of plain text', () => {
  it('split at a line holding only spaces, tabs or no-break spaces, not at a single line break', () => {
    expect(paragraphsOf('One.\nStill one.\n \t\u00A0\nTwo.\n')).toEqual([
      [0, 15],
      [20, 24],
    ]);
    // A carriage return or a line separator on the line makes it not blank.
    expect(paragraphsOf('One.\n\r\nStill one.')).toEqual([[0, 17]]);
    expect(paragraphsOf('   \n\n  ')).toEqual([]);
  });

  it('keep a paragraph of one character by itself', () => {
    expect(paragraphsOf('*\n\nText\n\n1\n\nChapter one')).toEqual([
      [0, 1],
      [3, 7],
      [9, 10],
      [12, 23],
    ]);
    expect(paragraphsOf('x')).toEqual([[0, 1]]);
  });

  it('cover the sample documents without white space at their edges', () => {
    for (const name of ['en.txt', 'ru.txt']) {
      const text = readFileSync(join(__dirname, '../../resources/samples/lavrov-osce-2026-02-06', name), 'utf8');
      const found = paragraphsOf(text);
      expect(found.length).toBeGreaterThan(0);
      for (const [start, end] of found) expect(text.slice(start, end).trim()).toBe(text.slice(start, end));
      // Everything between paragraphs is white space holding a blank line.
      for (let k = 1; k < found.length; k++) expect(text.slice(found[k - 1]![1], found[k]![0])).toMatch(/^\s*\n[ \t\u00A0]*\n\s*$/);
    }
  });

  it('are what the regular expression that defines them matches, on random text of letters and every kind of white space', () => {
    const definition = (text: string): [number, number][] =>
      [...text.matchAll(/\S(?:[\s\S]*?\S)??(?=\s*(?:\n[ \t\u00A0]*\n|$))/g)].map((match) => [match.index, match.index + match[0].length]);
    const next = seededRandom(5);
    const pieces = ['a', 'Bc', '.', '*', ' ', '  ', '\t', '\n', '\n\n', '\u00A0', '\r', '\r\n', '\u2028', '\u3000', '\v', '\f', '\uFEFF', 'ё'];
    const differing: string[] = [];
    for (let k = 0; k < 5000; k++) {
      let text = '';
      const length = Math.floor(next() * 14);
      for (let n = 0; n < length; n++) text += pieces[Math.floor(next() * pieces.length)];
      if (JSON.stringify(paragraphsOf(text)) !== JSON.stringify(definition(text))) differing.push(JSON.stringify(text));
    }
    expect(differing).toEqual([]);
  });
});
