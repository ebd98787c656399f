import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boundaryF1 } from '../../shared/segment/boundary-f1';
import { segmentDocument } from '../../shared/segment/segment-document';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/segment/${name}`, import.meta.url), 'utf8');

describe('segmentation of the sample pair against its gold sentence files', () => {
  for (const lang of ['ru', 'en']) {
    it(`reaches boundary F1 >= 0.98 on ${lang}`, () => {
      const text = fixture(`lavrov-${lang}.txt`);
      const gold = fixture(`lavrov-${lang}.sentences.txt`).split('\n').filter((line) => line !== '');
      const document = segmentDocument(text, lang);
      const scores = boundaryF1(gold, document.sentences.map((sentence) => sentence.text));
      expect(scores.f1).toBeGreaterThanOrEqual(0.98);
    });

    it(`keeps offsets and paragraphs consistent on ${lang}`, () => {
      const text = fixture(`lavrov-${lang}.txt`);
      const document = segmentDocument(text, lang);
      expect(document.paragraphs.length).toBe(text.split('\n').filter((line) => line.trim() !== '').length);
      for (const sentence of document.sentences) {
        expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        const paragraph = document.paragraphs[sentence.paragraph];
        expect(sentence.start).toBeGreaterThanOrEqual(paragraph.start);
        expect(sentence.end).toBeLessThanOrEqual(paragraph.end);
      }
      expect(document.sentences.map((sentence) => sentence.index)).toEqual(document.sentences.map((_, index) => index));
    });
  }
});

describe('boundaryF1', () => {
  it('scores identical splits 1 and ignores whitespace differences', () => {
    expect(boundaryF1(['A b.', 'C d.'], ['A b.', 'C  d.']).f1).toBe(1);
  });

  it('counts missed and spurious boundaries', () => {
    const scores = boundaryF1(['A.', 'B.', 'C.'], ['A. B.', 'C', '.']);
    expect(scores.reference).toBe(2);
    expect(scores.hypothesis).toBe(2);
    expect(scores.correct).toBe(1);
    expect(scores.precision).toBe(0.5);
    expect(scores.recall).toBe(0.5);
    expect(scores.f1).toBe(0.5);
  });
});
