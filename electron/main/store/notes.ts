/** Data functions for translator notes (on a pair or on one flag). */
import type { Database } from 'better-sqlite3';
import { SverkaError } from '../../../shared/errors';
import type { NoteRecord } from '../../../shared/project';
import { sql } from './statements';

/** Where a note is attached. */
export type NoteTarget = { readonly pairId: number } | { readonly flagId: number };

/** A note row as stored. */
export interface NoteRow {
  readonly id: number;
  readonly pair_id: number | null;
  readonly flag_id: number | null;
  readonly text: string;
  readonly created: string;
  readonly updated: string;
}

const COLUMNS = 'id, pair_id, flag_id, text, created, updated';

/** A stored note as plain data. */
export function toNoteRecord(row: NoteRow): NoteRecord {
  return { id: row.id, text: row.text, created: row.created, updated: row.updated };
}

function checkedText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new SverkaError('project.emptyNote');
  return trimmed;
}

/** One note by id; a SverkaError when there is none. */
export function findNote(db: Database, id: number): NoteRow {
  const row = sql(db, `SELECT ${COLUMNS} FROM notes WHERE id = ?`).get(id) as NoteRow | undefined;
  if (row === undefined) throw new SverkaError('project.noteNotFound', { id });
  return row;
}

/** Adds a note; returns it. The target must exist. */
export function insertNote(db: Database, target: NoteTarget, text: string, now: string): NoteRow {
  const body = checkedText(text);
  if ('pairId' in target) {
    if (sql(db, 'SELECT 1 FROM pairs WHERE id = ?').get(target.pairId) === undefined) throw new SverkaError('project.pairNotFound', { id: target.pairId });
  } else if (sql(db, 'SELECT 1 FROM flags WHERE id = ?').get(target.flagId) === undefined) {
    throw new SverkaError('project.flagNotFound', { id: target.flagId });
  }
  const id = sql(db, 'INSERT INTO notes (pair_id, flag_id, text, created, updated) VALUES (?, ?, ?, ?, ?)')
    .run('pairId' in target ? target.pairId : null, 'flagId' in target ? target.flagId : null, body, now, now).lastInsertRowid;
  return findNote(db, Number(id));
}

/**
 * Stores the notes a new project brings along (read from a TMX or XLIFF file), with no lookups: the pair or flag
 * was just written. Notes that are empty once trimmed are left out, as `insertNote` would refuse them.
 */
export function insertImportedNotes(db: Database, target: NoteTarget, texts: readonly string[], now: string): void {
  const statement = sql(db, 'INSERT INTO notes (pair_id, flag_id, text, created, updated) VALUES (?, ?, ?, ?, ?)');
  for (const text of texts) {
    const body = text.trim();
    if (body !== '') statement.run('pairId' in target ? target.pairId : null, 'flagId' in target ? target.flagId : null, body, now, now);
  }
}

/** Replaces a note's text. */
export function updateNoteText(db: Database, id: number, text: string, now: string): NoteRow {
  findNote(db, id);
  sql(db, 'UPDATE notes SET text = ?, updated = ? WHERE id = ?').run(checkedText(text), now, id);
  return findNote(db, id);
}

/** Removes a note. */
export function deleteNote(db: Database, id: number): void {
  findNote(db, id);
  sql(db, 'DELETE FROM notes WHERE id = ?').run(id);
}

/** Notes of the given pairs (pair notes only), and of the given flags. */
export function notesOf(db: Database, pairIds: readonly number[], flagIds: readonly number[]): NoteRow[] {
  const rows: NoteRow[] = [];
  const byPair = sql(db, `SELECT ${COLUMNS} FROM notes WHERE pair_id = ? ORDER BY id`);
  const byFlag = sql(db, `SELECT ${COLUMNS} FROM notes WHERE flag_id = ? ORDER BY id`);
  for (const id of pairIds) rows.push(...(byPair.all(id) as NoteRow[]));
  for (const id of flagIds) rows.push(...(byFlag.all(id) as NoteRow[]));
  return rows;
}

/** Every note. */
export function allNotes(db: Database): NoteRow[] {
  return sql(db, `SELECT ${COLUMNS} FROM notes ORDER BY id`).all() as NoteRow[];
}

/** Moves a pair's notes to another pair (when the pair disappears in an edit). */
export function movePairNotes(db: Database, fromPairId: number, toPairId: number): void {
  sql(db, 'UPDATE notes SET pair_id = ? WHERE pair_id = ?').run(toPairId, fromPairId);
}

/** Turns a flag's notes into notes on a pair (when the flag disappears), so no note is ever lost. */
export function moveFlagNotesToPair(db: Database, flagId: number, pairId: number): void {
  sql(db, 'UPDATE notes SET flag_id = NULL, pair_id = ? WHERE flag_id = ?').run(pairId, flagId);
}
