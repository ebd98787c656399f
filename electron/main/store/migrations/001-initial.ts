/**
 * Migration 1: documents (every revision of each side), their paragraphs and sentences, the alignment (pairs as
 * contiguous sentence ranges), flags with review status, notes, glossary and settings.
 *
 * Pairs store half-open sentence ranges on both sides. Consecutive pairs tile both documents, so
 * `src_start + tgt_start` strictly increases along the alignment and serves as the order key: an edit touches
 * only the rows of the pairs it changes, never the rest of the document.
 */
import type { Migration } from './migration';

export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE project (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        side TEXT NOT NULL CHECK (side IN ('src', 'tgt')),
        revision INTEGER NOT NULL CHECK (revision >= 1),
        lang TEXT NOT NULL,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        encoding TEXT NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (side, revision)
      ) STRICT;

      CREATE TABLE paragraphs (
        document_id INTEGER NOT NULL REFERENCES documents (id),
        idx INTEGER NOT NULL,
        kind TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        PRIMARY KEY (document_id, idx)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE sentences (
        document_id INTEGER NOT NULL REFERENCES documents (id),
        idx INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (document_id, idx)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE pairs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        src_start INTEGER NOT NULL,
        src_end INTEGER NOT NULL,
        tgt_start INTEGER NOT NULL,
        tgt_end INTEGER NOT NULL,
        score REAL NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('auto', 'edited', 'confirmed')),
        changed_since_review INTEGER NOT NULL DEFAULT 0 CHECK (changed_since_review IN (0, 1)),
        CHECK (src_start >= 0 AND tgt_start >= 0 AND src_end >= src_start AND tgt_end >= tgt_start),
        CHECK (src_end > src_start OR tgt_end > tgt_start)
      ) STRICT;
      CREATE INDEX pairs_position ON pairs (src_start + tgt_start);

      -- span_start / span_end stay NULL when a flag concerns a whole sentence (Flag.start/end are optional).
      CREATE TABLE flags (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        pair_id INTEGER NOT NULL REFERENCES pairs (id),
        kind TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'error')),
        side TEXT NOT NULL CHECK (side IN ('src', 'tgt')),
        sentence_offset INTEGER NOT NULL,
        span_start INTEGER,
        span_end INTEGER,
        message_key TEXT NOT NULL,
        params TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'dismissed', 'resolved'))
      ) STRICT;
      CREATE INDEX flags_pair ON flags (pair_id);

      -- A note belongs to exactly one pair or one flag.
      CREATE TABLE notes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        pair_id INTEGER REFERENCES pairs (id),
        flag_id INTEGER REFERENCES flags (id),
        text TEXT NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        CHECK ((pair_id IS NULL) <> (flag_id IS NULL))
      ) STRICT;
      CREATE INDEX notes_pair ON notes (pair_id);
      CREATE INDEX notes_flag ON notes (flag_id);

      -- One concept: a source term and its accepted target terms (JSON array, preferred first).
      CREATE TABLE glossary (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        source TEXT NOT NULL,
        targets TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
