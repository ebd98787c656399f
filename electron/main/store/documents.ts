/** Data functions for documents: every revision of each side with its paragraphs and sentences. */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { DocumentInfo } from '../../../shared/project';
import type { Paragraph, ParagraphKind, SegmentedDocument, Sentence, Side } from '../../../shared/types';
import { insertRows, sql } from './statements';

/** A document as it arrives from import: segmented text plus where it came from. */
export interface ImportedDocument {
  readonly document: SegmentedDocument;
  readonly fileName: string;
  /** Encoding the file was decoded from; empty or absent when unknown. */
  readonly encoding?: string;
}

interface DocumentRow {
  readonly id: number;
  readonly side: Side;
  readonly revision: number;
  readonly lang: string;
  readonly file_name: string;
  readonly sha256: string;
  readonly imported_at: string;
  readonly encoding: string;
}

/** Hex SHA-256 of a text (UTF-8). */
export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Stores a new revision of one side (paragraphs and sentences included); returns the document id. */
export function insertDocument(db: Database, side: Side, imported: ImportedDocument, importedAt: string): number {
  const { document } = imported;
  const revision = (sql(db, 'SELECT coalesce(max(revision), 0) + 1 FROM documents WHERE side = ?').pluck().get(side) as number);
  const id = Number(
    sql(db, 
        `INSERT INTO documents (side, revision, lang, file_name, sha256, imported_at, encoding, text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(side, revision, document.lang, imported.fileName, sha256Of(document.text), importedAt, imported.encoding ?? '', document.text)
      .lastInsertRowid,
  );
  const { paragraphs, sentences, text } = document;
  insertRows(db, 'paragraphs', ['document_id', 'idx', 'kind', 'start_offset', 'end_offset'], paragraphs.length, (row, into) => {
    const p = paragraphs[row];
    into.push(id, p.index, p.kind, p.start, p.end);
  });
  // The text is stored once, in the document; a sentence keeps its own only if it is not the slice it claims.
  insertRows(db, 'sentences', ['document_id', 'idx', 'paragraph', 'start_offset', 'end_offset', 'text'], sentences.length, (row, into) => {
    const s = sentences[row];
    into.push(id, s.index, s.paragraph, s.start, s.end, text.slice(s.start, s.end) === s.text ? null : s.text);
  });
  return id;
}

/** Id of the latest revision of a side, or undefined when the side was never imported. */
export function currentDocumentId(db: Database, side: Side): number | undefined {
  return sql(db, 'SELECT id FROM documents WHERE side = ? ORDER BY revision DESC LIMIT 1').pluck().get(side) as number | undefined;
}

function toInfo(row: DocumentRow): DocumentInfo {
  return {
    side: row.side,
    lang: row.lang,
    fileName: row.file_name,
    sha256: row.sha256,
    importedAt: row.imported_at,
    revision: row.revision,
    ...(row.encoding === '' ? {} : { encoding: row.encoding }),
  };
}

const INFO_COLUMNS = 'id, side, revision, lang, file_name, sha256, imported_at, encoding';

/** Metadata of one stored document. */
export function documentInfo(db: Database, documentId: number): DocumentInfo {
  return toInfo(sql(db, `SELECT ${INFO_COLUMNS} FROM documents WHERE id = ?`).get(documentId) as DocumentRow);
}

/** Metadata of every revision of a side, oldest first. */
export function revisionsOf(db: Database, side: Side): DocumentInfo[] {
  return (sql(db, `SELECT ${INFO_COLUMNS} FROM documents WHERE side = ? ORDER BY revision`).all(side) as DocumentRow[]).map(toInfo);
}

/** Id of a given revision of a side. */
export function revisionDocumentId(db: Database, side: Side, revision: number): number | undefined {
  return sql(db, 'SELECT id FROM documents WHERE side = ? AND revision = ?').pluck().get(side, revision) as number | undefined;
}

/** A row of `paragraphs` or `alternate_paragraphs`. */
export interface ParagraphRow {
  readonly idx: number;
  readonly kind: ParagraphKind;
  readonly start_offset: number;
  readonly end_offset: number;
}

/** A stored paragraph row as a Paragraph. */
export function toParagraph(row: ParagraphRow): Paragraph {
  return { index: row.idx, kind: row.kind, start: row.start_offset, end: row.end_offset };
}

/** A row of `sentences` or `alternate_sentences`. */
export interface SentenceRow {
  readonly idx: number;
  readonly paragraph: number;
  readonly start_offset: number;
  readonly end_offset: number;
  /** NULL: the slice of the document text between the offsets. */
  readonly text: string | null;
}

/** A stored sentence row as a Sentence (its text sliced from the document when the row does not hold it). */
export function toSentence(row: SentenceRow, documentText: () => string): Sentence {
  const text = row.text ?? documentText().slice(row.start_offset, row.end_offset);
  return { index: row.idx, text, paragraph: row.paragraph, start: row.start_offset, end: row.end_offset };
}

/** Document texts never change once stored, so each connection keeps those it has read. */
const texts = new WeakMap<Database, Map<number, string>>();

/** The full text of a stored document (read once per connection). */
export function documentText(db: Database, documentId: number): string {
  const cache = textsOf(db);
  let text = cache.get(documentId);
  if (text === undefined) {
    text = sql(db, 'SELECT text FROM documents WHERE id = ?').pluck().get(documentId) as string;
    cache.set(documentId, text);
  }
  return text;
}

/** Puts a document's text, known to the caller, where `documentText` keeps those it has read. */
export function rememberDocumentText(db: Database, documentId: number, text: string): void {
  textsOf(db).set(documentId, text);
}

/** The texts a connection keeps, by document id. */
function textsOf(db: Database): Map<number, string> {
  let cache = texts.get(db);
  if (cache === undefined) texts.set(db, (cache = new Map()));
  return cache;
}

/** Sentences `start` ≤ index < `end` of a document. */
export function sentencesInRange(db: Database, documentId: number, start: number, end: number): Sentence[] {
  const rows = sql(db, 'SELECT idx, paragraph, start_offset, end_offset, text FROM sentences WHERE document_id = ? AND idx >= ? AND idx < ? ORDER BY idx')
    .all(documentId, start, end) as SentenceRow[];
  return rows.map((row) => toSentence(row, () => documentText(db, documentId)));
}

/** A stored document as a SegmentedDocument (what the alignment and divergence engines read). */
export function loadSegmentedDocument(db: Database, documentId: number): SegmentedDocument {
  // The text through the per-connection cache: opening a project has read it already.
  const head = { lang: sql(db, 'SELECT lang FROM documents WHERE id = ?').pluck().get(documentId) as string, text: documentText(db, documentId) };
  const paragraphs = (sql(db, 'SELECT idx, kind, start_offset, end_offset FROM paragraphs WHERE document_id = ? ORDER BY idx').all(documentId) as ParagraphRow[]).map(toParagraph);
  const rows = sql(db, 'SELECT idx, paragraph, start_offset, end_offset, text FROM sentences WHERE document_id = ? ORDER BY idx').all(documentId) as SentenceRow[];
  // A plain loop, no closure per sentence: a 20,000-sentence document is read when a project opens.
  const sentences = new Array<Sentence>(rows.length);
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i];
    sentences[i] = {
      index: row.idx,
      text: row.text ?? head.text.slice(row.start_offset, row.end_offset),
      paragraph: row.paragraph,
      start: row.start_offset,
      end: row.end_offset,
    };
  }
  return { lang: head.lang, text: head.text, paragraphs, sentences };
}
