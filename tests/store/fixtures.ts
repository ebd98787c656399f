/** Builders of real project files on disk from constructed documents (the store is tested without the engines). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
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

/** A project as version 1 of the schema stored it (every sentence with its own text), written with plain SQL. */
export function writeVersion1Project(db: Database.Database, input: CreateProjectInput, name: string): void {
  const at = '2026-01-01T00:00:00.000Z';
  db.transaction(() => {
    db.prepare('INSERT INTO project (id, name, created_at) VALUES (1, ?, ?)').run(name, at);
    for (const [side, imported] of [['src', input.source], ['tgt', input.target]] as const) {
      const { document } = imported;
      const id = db
        .prepare("INSERT INTO documents (side, revision, lang, file_name, sha256, imported_at, encoding, text) VALUES (?, 1, ?, ?, '00', ?, '', ?)")
        .run(side, document.lang, imported.fileName, at, document.text).lastInsertRowid;
      for (const p of document.paragraphs) {
        db.prepare('INSERT INTO paragraphs (document_id, idx, kind, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)').run(id, p.index, p.kind, p.start, p.end);
      }
      for (const s of document.sentences) {
        db.prepare('INSERT INTO sentences (document_id, idx, paragraph, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?, ?)').run(id, s.index, s.paragraph, s.start, s.end, s.text);
      }
    }
    input.alignment.pairs.forEach((pair) => {
      db.prepare("INSERT INTO pairs (src_start, src_end, tgt_start, tgt_end, score, origin) VALUES (?, ?, ?, ?, ?, 'auto')").run(
        pair.src[0],
        pair.src[0] + pair.src.length,
        pair.tgt[0],
        pair.tgt[0] + pair.tgt.length,
        pair.score,
      );
    });
  })();
}
