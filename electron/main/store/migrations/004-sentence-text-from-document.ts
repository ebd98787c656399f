/**
 * Migration 4: a sentence's text is normally a slice of its document's text (Sentence.text ===
 * text.slice(start, end)), so it is no longer stored twice: `sentences.text` becomes NULL for such sentences
 * (new imports), and is kept only where a producer broke that rule. Existing rows keep their text. SQLite cannot
 * relax NOT NULL in place, so the table is rebuilt (nothing refers to it).
 */
import type { Migration } from './migration';

export const migration004: Migration = {
  version: 4,
  name: 'sentence-text-from-document',
  up(db) {
    db.exec(`
      -- text: NULL when it equals the document text between start_offset and end_offset (UTF-16 offsets).
      CREATE TABLE sentences_v4 (
        document_id INTEGER NOT NULL REFERENCES documents (id),
        idx INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        text TEXT,
        PRIMARY KEY (document_id, idx)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO sentences_v4 (document_id, idx, paragraph, start_offset, end_offset, text)
        SELECT document_id, idx, paragraph, start_offset, end_offset, text FROM sentences;
      DROP TABLE sentences;
      ALTER TABLE sentences_v4 RENAME TO sentences;
    `);
  },
};
