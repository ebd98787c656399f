import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../shared/segment/segment-document';
import type { SegmentedDocument } from '../../shared/types';

/** The contract every caller relies on, whatever the text. */
function expectWellFormed(document: SegmentedDocument): void {
  let previousEnd = 0;
  for (const [index, sentence] of document.sentences.entries()) {
    expect(sentence.index).toBe(index);
    expect(sentence.text).toBe(document.text.slice(sentence.start, sentence.end));
    expect(sentence.text.length).toBeGreaterThan(0);
    expect(sentence.text.trim()).toBe(sentence.text);
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    const paragraph = document.paragraphs[sentence.paragraph];
    expect(paragraph).toBeDefined();
    expect(sentence.start).toBeGreaterThanOrEqual(paragraph.start);
    expect(sentence.end).toBeLessThanOrEqual(paragraph.end);
    previousEnd = sentence.end;
  }
  for (const [index, paragraph] of document.paragraphs.entries()) {
    expect(paragraph.index).toBe(index);
    expect(document.sentences.some((sentence) => sentence.paragraph === index)).toBe(true);
  }
  // Nothing but whitespace is left out.
  const covered = document.sentences.map((sentence) => sentence.text).join('');
  expect(covered.replace(/\s+/gu, '')).toBe(document.text.replace(/\s+/gu, ''));
}

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('segmentDocument invariants', () => {
  const texts: Record<string, string> = {
    ru: fixture('segment/lavrov-ru.txt'),
    en: fixture('segment/lavrov-en.txt'),
    uk: fixture('encodings/source-uk.txt'),
    fr: fixture('encodings/source-fr.txt'),
    ja: fixture('encodings/source-ja.txt'),
    zh: fixture('encodings/source-zh.txt'),
  };
  for (const [lang, text] of Object.entries(texts)) {
    it(`hold on the ${lang} fixture`, () => expectWellFormed(segmentDocument(text, lang)));
  }

  it('hold on punctuation soup in every language with rules', () => {
    let seed = 11;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = [...'aZ яЖ 3. ... … ! ? « » “ ” „ – — - : ; ( ) \n \n\n г. т.е. Mr. z.B. M. С.В. 。！？「」 '];
    for (const lang of ['ru', 'en', 'de', 'fr', 'uk', 'zh', 'ja', 'pl', 'xx']) {
      for (let round = 0; round < 20; round++) {
        const text = Array.from({ length: 200 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
        expectWellFormed(segmentDocument(text, lang));
      }
    }
  });

  it('hold on a hard-wrapped text with CRLF line ends', () => {
    const line = 'The quick brown fox jumps over the lazy dog near the river bank and';
    const text = `${[line, line, `${line}.`].join('\r\n')}\r\n\r\n${[line, `${line}!`, 'Then it slept.'].join('\r\n')}\r\n`;
    const document = segmentDocument(text, 'en');
    expectWellFormed(document);
    expect(document.paragraphs).toHaveLength(2);
  });
});
