/** Data functions for further translations of the original (third columns): their text, sentences and alignment. */
import type { Database } from 'better-sqlite3';
import { SverkaError } from '../../../shared/errors';
import type { AlternateTranslationInfo } from '../../../shared/project';
import type { AlignedPair, SegmentedDocument } from '../../../shared/types';
import { sha256Of, toParagraph, toSentence, type ImportedDocument, type ParagraphRow, type SentenceRow } from './documents';
import type { PairRange } from './pairs';
import { sql } from './statements';

interface AlternateRow {
  readonly id: number;
  readonly name: string;
  readonly lang: string;
  readonly file_name: string;
  readonly sha256: string;
  readonly imported_at: string;
  readonly encoding: string;
  readonly source_document_id: number;
  readonly sentences: number;
}

const INFO = `SELECT a.id, a.name, a.lang, a.file_name, a.sha256, a.imported_at, a.encoding, a.source_document_id,
  (SELECT count(*) FROM alternate_sentences s WHERE s.alternate_id = a.id) AS sentences FROM alternates a`;

function toInfo(row: AlternateRow): AlternateTranslationInfo {
  return {
    id: row.id,
    name: row.name,
    lang: row.lang,
    fileName: row.file_name,
    sha256: row.sha256,
    importedAt: row.imported_at,
    ...(row.encoding === '' ? {} : { encoding: row.encoding }),
    sentences: row.sentences,
  };
}

/** Stores a further translation with its alignment to the original revision `sourceDocumentId`; returns its id. */
export function insertAlternate(
  db: Database,
  name: string,
  imported: ImportedDocument,
  sourceDocumentId: number,
  ranges: readonly PairRange[],
  scores: readonly number[],
  now: string,
): number {
  const { document } = imported;
  const id = Number(
    sql(
      db,
      `INSERT INTO alternates (name, lang, file_name, sha256, imported_at, encoding, text, source_document_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(name, document.lang, imported.fileName, sha256Of(document.text), now, imported.encoding ?? '', document.text, sourceDocumentId).lastInsertRowid,
  );
  const paragraph = sql(db, 'INSERT INTO alternate_paragraphs (alternate_id, idx, kind, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)');
  for (const p of document.paragraphs) paragraph.run(id, p.index, p.kind, p.start, p.end);
  const sentence = sql(db, 'INSERT INTO alternate_sentences (alternate_id, idx, paragraph, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?, ?)');
  for (const s of document.sentences) sentence.run(id, s.index, s.paragraph, s.start, s.end, s.text);
  writeAlternatePairs(db, id, sourceDocumentId, ranges, scores);
  return id;
}

/** Replaces the alignment of an alternate (made against original revision `sourceDocumentId`). */
export function writeAlternatePairs(db: Database, id: number, sourceDocumentId: number, ranges: readonly PairRange[], scores: readonly number[]): void {
  sql(db, 'DELETE FROM alternate_pairs WHERE alternate_id = ?').run(id);
  sql(db, 'UPDATE alternates SET source_document_id = ? WHERE id = ?').run(sourceDocumentId, id);
  const insert = sql(db, 'INSERT INTO alternate_pairs (alternate_id, idx, src_start, src_end, alt_start, alt_end, score) VALUES (?, ?, ?, ?, ?, ?, ?)');
  ranges.forEach((range, i) => insert.run(id, i, range.src.start, range.src.end, range.tgt.start, range.tgt.end, scores[i]));
}

/** Every alternate translation, in the order they were added. */
export function listAlternates(db: Database): AlternateTranslationInfo[] {
  return (sql(db, `${INFO} ORDER BY a.id`).all() as AlternateRow[]).map(toInfo);
}

/** One alternate, with the original revision its alignment was made against. */
export function findAlternate(db: Database, id: number): { readonly info: AlternateTranslationInfo; readonly sourceDocumentId: number } {
  const row = sql(db, `${INFO} WHERE a.id = ?`).get(id) as AlternateRow | undefined;
  if (row === undefined) throw new SverkaError('project.alternateNotFound', { id });
  return { info: toInfo(row), sourceDocumentId: row.source_document_id };
}

/** An alternate's text as a SegmentedDocument. */
export function loadAlternateDocument(db: Database, id: number): SegmentedDocument {
  const head = sql(db, 'SELECT lang, text FROM alternates WHERE id = ?').get(id) as { lang: string; text: string };
  const paragraphs = (
    sql(db, 'SELECT idx, kind, start_offset, end_offset FROM alternate_paragraphs WHERE alternate_id = ? ORDER BY idx').all(id) as ParagraphRow[]
  ).map(toParagraph);
  const sentences = (
    sql(db, 'SELECT idx, paragraph, start_offset, end_offset, text FROM alternate_sentences WHERE alternate_id = ? ORDER BY idx').all(id) as SentenceRow[]
  ).map((row) => toSentence(row, () => head.text));
  return { lang: head.lang, text: head.text, paragraphs, sentences };
}

/** An alternate's alignment as beads (`tgt` = alternate sentence indices). */
export function alternatePairs(db: Database, id: number): AlignedPair[] {
  const rows = sql(db, 'SELECT src_start, src_end, alt_start, alt_end, score FROM alternate_pairs WHERE alternate_id = ? ORDER BY idx').all(id) as {
    src_start: number;
    src_end: number;
    alt_start: number;
    alt_end: number;
    score: number;
  }[];
  const range = (start: number, end: number): number[] => Array.from({ length: end - start }, (_, k) => start + k);
  return rows.map((row) => ({ src: range(row.src_start, row.src_end), tgt: range(row.alt_start, row.alt_end), score: row.score }));
}

/** Removes an alternate translation. */
export function deleteAlternate(db: Database, id: number): void {
  findAlternate(db, id);
  sql(db, 'DELETE FROM alternates WHERE id = ?').run(id);
}
