/**
 * Migration 2: the edit history. Every user action is one row of `history_actions`; while an action runs,
 * triggers copy the before and after image of each changed row of pairs, flags, notes and glossary into
 * `history_changes` (as JSON). Undo writes the before images back in reverse order, redo the after images in
 * order, so undo and redo survive restarts and need no per-action inverse code.
 *
 * The column lists are frozen here on purpose: a later migration that adds a column recreates the triggers.
 */
import type { Migration } from './migration';

const TRACKED: Readonly<Record<string, readonly string[]>> = {
  pairs: ['id', 'src_start', 'src_end', 'tgt_start', 'tgt_end', 'score', 'origin', 'changed_since_review'],
  flags: ['id', 'pair_id', 'kind', 'severity', 'side', 'sentence_offset', 'span_start', 'span_end', 'message_key', 'params', 'status'],
  notes: ['id', 'pair_id', 'flag_id', 'text', 'created', 'updated'],
  glossary: ['id', 'source', 'targets', 'note', 'created'],
};

function image(row: 'NEW' | 'OLD', columns: readonly string[]): string {
  return `json_object(${columns.map((column) => `'${column}', ${row}.${column}`).join(', ')})`;
}

function triggers(table: string, columns: readonly string[]): string {
  const recording = '(SELECT recording FROM history_state WHERE id = 1)';
  const insert = (rowId: string, before: string, after: string): string =>
    `INSERT INTO history_changes (action_id, table_name, row_id, before, after) VALUES (${recording}, '${table}', ${rowId}, ${before}, ${after});`;
  return `
    CREATE TRIGGER ${table}_history_insert AFTER INSERT ON ${table} WHEN ${recording} IS NOT NULL
    BEGIN ${insert('NEW.id', 'NULL', image('NEW', columns))} END;
    CREATE TRIGGER ${table}_history_update AFTER UPDATE ON ${table} WHEN ${recording} IS NOT NULL
    BEGIN ${insert('NEW.id', image('OLD', columns), image('NEW', columns))} END;
    CREATE TRIGGER ${table}_history_delete AFTER DELETE ON ${table} WHEN ${recording} IS NOT NULL
    BEGIN ${insert('OLD.id', image('OLD', columns), 'NULL')} END;
  `;
}

export const migration002: Migration = {
  version: 2,
  name: 'history',
  up(db) {
    db.exec(`
      CREATE TABLE history_actions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        created TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
      ) STRICT;

      -- before / after are NULL for an inserted / deleted row.
      CREATE TABLE history_changes (
        id INTEGER PRIMARY KEY,
        action_id INTEGER NOT NULL REFERENCES history_actions (id) ON DELETE CASCADE,
        table_name TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        before TEXT,
        after TEXT
      ) STRICT;
      CREATE INDEX history_changes_action ON history_changes (action_id);

      -- recording: the id of the action being recorded, NULL outside an action.
      CREATE TABLE history_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        recording INTEGER
      ) STRICT;
      INSERT INTO history_state (id, recording) VALUES (1, NULL);
    `);
    for (const [table, columns] of Object.entries(TRACKED)) db.exec(triggers(table, columns));
  },
};

/** Columns of each table the history tracks, as migration 2 froze them (undo and redo write these back). */
export const HISTORY_TRACKED_COLUMNS = TRACKED;
