/**
 * Migration 3: further translations of the same original (an editor's second translation), each with its own
 * text, sentences and alignment to the original, shown as a third column and compared word by word.
 */
import type { Migration } from './migration';

export const migration003: Migration = {
  version: 3,
  name: 'alternate-translations',
  up(db) {
    db.exec(`
      -- source_document_id: the revision of the original the alignment below was made against.
      CREATE TABLE alternates (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        lang TEXT NOT NULL,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        encoding TEXT NOT NULL,
        text TEXT NOT NULL,
        source_document_id INTEGER NOT NULL REFERENCES documents (id)
      ) STRICT;

      CREATE TABLE alternate_paragraphs (
        alternate_id INTEGER NOT NULL REFERENCES alternates (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        kind TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        PRIMARY KEY (alternate_id, idx)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE alternate_sentences (
        alternate_id INTEGER NOT NULL REFERENCES alternates (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (alternate_id, idx)
      ) STRICT, WITHOUT ROWID;

      -- The alignment of the original with the alternate: contiguous ranges in order, like pairs.
      CREATE TABLE alternate_pairs (
        alternate_id INTEGER NOT NULL REFERENCES alternates (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        src_start INTEGER NOT NULL,
        src_end INTEGER NOT NULL,
        alt_start INTEGER NOT NULL,
        alt_end INTEGER NOT NULL,
        score REAL NOT NULL,
        PRIMARY KEY (alternate_id, idx),
        CHECK (src_end >= src_start AND alt_end >= alt_start AND (src_end > src_start OR alt_end > alt_start))
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
