/** Builders of real project files on disk from constructed documents (the store is tested without the engines). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CreateProjectInput } from '../../electron/main/store/index';
import type { AlignedPair, Flag, SegmentedDocument } from '../../shared/types';

/** A document from paragraphs of sentences, joined the way a plain-text file would be. */
export function documentOf(lang: string, paragraphs: readonly (readonly string[])[]): SegmentedDocument {
  let text = '';
  const sentences: SegmentedDocument['sentences'][number][] = [];
  const paras: SegmentedDocument['paragraphs'][number][] = [];
  paragraphs.forEach((list, p) => {
    if (p > 0) text += '\n\n';
    const start = text.length;
    list.forEach((sentence, i) => {
      if (i > 0) text += ' ';
      sentences.push({ index: sentences.length, text: sentence, paragraph: p, start: text.length, end: text.length + sentence.length });
      text += sentence;
    });
    paras.push({ index: p, kind: 'paragraph', start, end: text.length });
  });
  return { lang, text, paragraphs: paras, sentences };
}

/** `n` numbered sentences per side in paragraphs of 5, aligned 1-1. */
export function numberedInput(n: number, name = 'Test'): CreateProjectInput {
  const src: string[][] = [];
  const tgt: string[][] = [];
  for (let i = 0; i < n; i++) {
    if (i % 5 === 0) {
      src.push([]);
      tgt.push([]);
    }
    src[src.length - 1].push(`Предложение номер ${i + 1} про мир.`);
    tgt[tgt.length - 1].push(`Sentence number ${i + 1} about peace.`);
  }
  const pairs: AlignedPair[] = Array.from({ length: n }, (_, i) => ({ src: [i], tgt: [i], score: 0.9 }));
  const flags: Flag[] = [{ kind: 'number', severity: 'warning', pair: 1, side: 'tgt', sentence: 1, start: 16, end: 17, messageKey: 'number.missing', params: { value: '2' } }];
  return {
    name,
    source: { document: documentOf('ru', src), fileName: 'ru.txt', encoding: 'utf-8' },
    target: { document: documentOf('en', tgt), fileName: 'en.txt', encoding: 'utf-8' },
    alignment: { pairs },
    flags,
  };
}

/** A fresh temporary folder, removed by the returned function. */
export function temporaryFolder(): { readonly dir: string; readonly remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-store-'));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
