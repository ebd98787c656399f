import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../shared/segment/segment-document';

const texts = (text: string, lang: string): string[] => segmentDocument(text, lang).sentences.map((sentence) => sentence.text);

describe('segmentDocument', () => {
  it('makes every line a paragraph and knows each sentence paragraph', () => {
    const document = segmentDocument('First one. Second one.\n\nThird one.\r\nFourth one.', 'en');
    expect(document.paragraphs.map((paragraph) => document.text.slice(paragraph.start, paragraph.end))).toEqual([
      'First one. Second one.',
      'Third one.',
      'Fourth one.',
    ]);
    expect(document.sentences.map((sentence) => [sentence.text, sentence.paragraph])).toEqual([
      ['First one.', 0],
      ['Second one.', 0],
      ['Third one.', 1],
      ['Fourth one.', 2],
    ]);
  });

  it('keeps presegmented lines as they are, blank lines separating paragraphs', () => {
    const text = 'Mr. Smith came.  \nDr. Who left. He did.\n\n  Third\n';
    const document = segmentDocument(text, 'en', { presegmented: true });
    expect(document.sentences.map((sentence) => sentence.text)).toEqual(['Mr. Smith came.  ', 'Dr. Who left. He did.', '  Third']);
    expect(document.sentences.map((sentence) => sentence.paragraph)).toEqual([0, 0, 1]);
    for (const sentence of document.sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(document.paragraphs).toHaveLength(2);
  });

  it('returns an empty document for empty text', () => {
    expect(segmentDocument('', 'ru').sentences).toEqual([]);
    expect(segmentDocument(' \n\n ', 'ru', { presegmented: true }).sentences).toEqual([]);
  });

  it('splits a long paragraph without line breaks the same way as short ones', () => {
    const sentence = 'Г-н И.Кассис сообщил, что в 2026 г. хотел бы приехать в Москву, т.е. с визитом. ';
    const text = sentence.repeat(300).trim();
    expect(texts(text, 'ru')).toEqual(Array(300).fill(sentence.trim()));
  });

  it('joins the lines of hard-wrapped prose into paragraphs and sentences', () => {
    const text = [
      'It was the best of times, it was the worst of times, it was the age of',
      'wisdom, it was the age of foolishness. It was the epoch of belief, it was',
      'the epoch of incredulity, and Mr.',
      'Lorry said nothing at all about it.',
      '',
      'There were a king with a large jaw and a queen with a plain face, on the',
      'throne of England; there were a king with a large jaw and a queen with a',
      'fair face, on the throne of France.',
      '',
    ].join('\n');
    const document = segmentDocument(text, 'en');
    expect(document.paragraphs).toHaveLength(2);
    expect(document.sentences.map((sentence) => [sentence.text.replace(/\n/g, ' '), sentence.paragraph])).toEqual([
      ['It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness.', 0],
      ['It was the epoch of belief, it was the epoch of incredulity, and Mr. Lorry said nothing at all about it.', 0],
      [
        'There were a king with a large jaw and a queen with a plain face, on the throne of England; there were a king with a large jaw and a queen with a fair face, on the throne of France.',
        1,
      ],
    ]);
    for (const sentence of document.sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('keeps one paragraph per line when lines end with punctuation', () => {
    const text = 'First paragraph is here and it is long enough.\nSecond one follows right after it.\n\nThird one, after a blank line.\nFourth.';
    expect(segmentDocument(text, 'en').paragraphs).toHaveLength(4);
  });
});
