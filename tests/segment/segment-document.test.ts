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
});
