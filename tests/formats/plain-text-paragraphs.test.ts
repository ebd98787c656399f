import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
